package nl.adviestracker.followup;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FollowUpTransitionRepository extends CrudRepository<FollowUpTransition, Long> {

    @Query("select * from followup_transition where followup_id in (:followupIds) order by id")
    List<FollowUpTransition> findByFollowupIdIn(Collection<Long> followupIds);
}
