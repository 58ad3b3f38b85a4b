package nl.adviestracker.response;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ResponseRepository extends CrudRepository<Response, Long> {

    Optional<Response> findByIdAndAdviceId(Long id, Long adviceId);
}
