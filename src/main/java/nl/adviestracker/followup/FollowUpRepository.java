package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.annotation.Transactional;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The followup table, its one reader and writer (the filtered, paged lists are {@link FollowUpList}'s
 * queries over it). The follow-ups of one advice are read with a row mapping written out by hand: on the
 * advice page Micronaut Data's generic mapper cost more than the query. The status changes only through
 * {@link #move}, after {@link FollowUp#moveTo} allowed it; {@link #updateDetails} leaves it alone.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public abstract class FollowUpRepository implements CrudRepository<FollowUp, Long> {

    private final JdbcOperations jdbc;

    FollowUpRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Changes what was promised, by whom and when; never the status. {@code dueOn} only as {@link
     * FollowUp#withDueOn} gave it, its move recorded first (changeset 380 refuses it otherwise). Refused when the
     * version moved on.
     */
    public abstract void updateDetails(
            @Id Long id, @Version Integer version, String description, String owner, @Nullable LocalDate dueOn);

    /**
     * Stores a move {@link FollowUp#moveTo} allowed, unless someone changed the follow-up meanwhile: 0 rows
     * then.
     */
    @Query("""
            update followup set status = :to, version = version + 1, updated_at = now()
            where id = :id and version = :version and status = :from""")
    public abstract long move(long id, int version, String from, String to);

    /** The follow-ups of one advice, oldest first. */
    @Transactional(readOnly = true)
    public List<FollowUp> ofAdvice(long adviceId) {
        return jdbc.prepareStatement("""
                select id, response_id, advice_id, description, owner, due_on, status, version, created_at, updated_at
                from followup where advice_id = ? order by id""", statement -> {
            statement.setLong(1, adviceId);
            try (ResultSet rows = statement.executeQuery()) {
                List<FollowUp> followUps = new ArrayList<>();
                while (rows.next()) {
                    Date due = rows.getDate(6);
                    followUps.add(new FollowUp(
                            rows.getLong(1),
                            rows.getLong(2),
                            rows.getLong(3),
                            rows.getString(4),
                            rows.getString(5),
                            due == null ? null : due.toLocalDate(),
                            FollowUpStatus.valueOf(rows.getString(7)),
                            rows.getInt(8),
                            rows.getTimestamp(9).toInstant(),
                            rows.getTimestamp(10).toInstant()));
                }
                return followUps;
            }
        });
    }
}
