package nl.adviestracker.followup;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Saves due-date moves; {@link LifecycleRecords} reads them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FollowUpDueDateMoveRepository extends CrudRepository<FollowUpDueDateMove, Long> {}
