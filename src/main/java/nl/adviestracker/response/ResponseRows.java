package nl.adviestracker.response;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads all responses to one advice with a row mapping written out by hand, for the same reason as
 * the advice's points ({@code PointRepository#ofAdvice}): Micronaut Data's generic mapper was the largest CPU cost
 * of the advice page.
 */
@Singleton
@Transactional(readOnly = true)
class ResponseRows {

    private final JdbcOperations jdbc;

    ResponseRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<Response> ofAdvice(long adviceId) {
        return jdbc.prepareStatement("""
                select id, advice_id, stance, paraphrase, text, reason, version, created_at, updated_at
                from response where advice_id = ? order by id""", statement -> {
            statement.setLong(1, adviceId);
            try (ResultSet rows = statement.executeQuery()) {
                List<Response> responses = new ArrayList<>();
                while (rows.next()) {
                    responses.add(new Response(
                            rows.getLong(1),
                            rows.getLong(2),
                            Stance.valueOf(rows.getString(3)),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getInt(7),
                            rows.getObject(8, OffsetDateTime.class).toInstant(),
                            rows.getObject(9, OffsetDateTime.class).toInstant()));
                }
                return responses;
            }
        });
    }
}
