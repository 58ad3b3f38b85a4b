package nl.adviestracker.followup;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FollowUpNoteRepository extends CrudRepository<FollowUpNote, Long> {

    @Query("select * from followup_note where followup_id = :followupId order by noted_on, id")
    List<FollowUpNote> findByFollowupId(Long followupId);

    @Query("select * from followup_note where followup_id in (:followupIds) order by noted_on, id")
    List<FollowUpNote> findByFollowupIdIn(Collection<Long> followupIds);
}
