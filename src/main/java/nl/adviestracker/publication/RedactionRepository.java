package nl.adviestracker.publication;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RedactionRepository extends CrudRepository<Redaction, Long> {

    List<Redaction> findByAdviceIdOrderById(Long adviceId);

    @Query("select * from redaction where advice_id = :adviceId and lower(found_text) = lower(:foundText)")
    Optional<Redaction> findOne(Long adviceId, String foundText);
}
