package nl.adviestracker.followup;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Saves and finds single follow-ups; the lists are read by {@link FollowUpRows} and {@link FollowUpList}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FollowUpRepository extends CrudRepository<FollowUp, Long> {}
