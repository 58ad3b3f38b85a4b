package nl.adviestracker.advice;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AdviceRepository extends CrudRepository<Advice, Long> {

    Optional<Advice> findByIdAndDeletedAtIsNull(Long id);

    boolean existsByBodyIdAndSubjectAndReceivedOn(Long bodyId, String subject, java.time.LocalDate receivedOn);
}
