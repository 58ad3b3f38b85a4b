package nl.adviestracker.followup;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FollowUpRepository extends CrudRepository<FollowUp, Long> {

    List<FollowUp> findByAdviceIdOrderById(Long adviceId);
}
