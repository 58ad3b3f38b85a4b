package nl.adviestracker.followup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the follow-ups of one advice with a row mapping written out by hand, like the advice's points
 * and responses: on the advice page Micronaut Data's generic mapper cost more than the query.
 */
@Singleton
@Transactional(readOnly = true)
class FollowUpRows {

    private final JdbcOperations jdbc;

    FollowUpRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

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
