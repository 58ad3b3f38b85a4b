package nl.adviestracker.followup;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MilestoneRepository extends CrudRepository<Milestone, Long> {

    /** The milestones of these follow-ups in the order they are planned. */
    @Query("select * from followup_milestone where followup_id in (:followupIds) order by planned_on, id")
    List<Milestone> ofFollowUps(Collection<Long> followupIds);
}
