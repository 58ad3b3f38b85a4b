package nl.adviestracker.body;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AdvisoryBodyRepository extends CrudRepository<AdvisoryBody, Long> {

    Optional<AdvisoryBody> findByShortName(String shortName);

    List<AdvisoryBody> listOrderByName();
}
