package nl.adviestracker.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.annotation.Transactional;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The response table, its one reader and writer. All responses to one advice are read with a row mapping
 * written out by hand, for the same reason as the advice's points ({@code PointRepository#ofAdvice}):
 * Micronaut Data's generic mapper was the largest CPU cost of the advice page.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public abstract class ResponseRepository implements CrudRepository<Response, Long> {

    private final JdbcOperations jdbc;

    ResponseRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public abstract Optional<Response> findByIdAndAdviceId(Long id, Long adviceId);

    /** Changes the college's words and stance; refused when the version moved on. */
    public abstract void updateAnswer(
            @Id Long id,
            @Version Integer version,
            Stance stance,
            @Nullable String paraphrase,
            String text,
            @Nullable String reason);

    /**
     * Keeps where the response stands in its review, who last wrote it and why it was sent back; since when it
     * stands there changes with the state. {@code moved}: a review step, which counts as a change of the row
     * (its version goes up); a rewrite's own update already counted.
     */
    @Transactional
    public void updateReview(Response response, boolean moved) {
        jdbc.prepareStatement("""
                update response set review_state = ?, written_by_id = ?, review_comment = ?,
                    review_state_at = case when review_state = ? then review_state_at else now() end,
                    version = version + ?
                where id = ?""", statement -> {
            statement.setString(1, response.reviewState().name());
            statement.setObject(2, response.writtenById());
            statement.setString(3, response.reviewComment());
            statement.setString(4, response.reviewState().name());
            statement.setInt(5, moved ? 1 : 0);
            statement.setLong(6, response.id());
            return statement.executeUpdate();
        });
    }

    /** The response's row, locked until the transaction ends, so two review steps are taken one after the other. */
    @Transactional
    public Optional<Response> lockedInAdvice(long id, long adviceId) {
        jdbc.prepareStatement("select 1 from response where id = ? and advice_id = ? for update", statement -> {
            statement.setLong(1, id);
            statement.setLong(2, adviceId);
            return statement.executeQuery().next();
        });
        return findByIdAndAdviceId(id, adviceId);
    }

    /** The responses to one advice, oldest first. */
    @Transactional(readOnly = true)
    public List<Response> ofAdvice(long adviceId) {
        return jdbc.prepareStatement("""
                select id, advice_id, stance, paraphrase, text, reason, version, created_at, updated_at,
                       review_state, written_by_id, review_comment, review_state_at
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
                            rows.getObject(9, OffsetDateTime.class).toInstant(),
                            ReviewState.valueOf(rows.getString(10)),
                            rows.getObject(11, Long.class),
                            rows.getString(12),
                            rows.getObject(13, OffsetDateTime.class).toInstant()));
                }
                return responses;
            }
        });
    }
}
