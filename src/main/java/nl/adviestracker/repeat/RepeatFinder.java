package nl.adviestracker.repeat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SQL of repeated advice: which earlier points look alike, which are confirmed, and what was answered. */
@Singleton
class RepeatFinder {

    /** One compared pair: a point of the advice and an earlier point of the same body, with their score. */
    record Score(long pointId, long earlierPointId, double score) {}

    /** An earlier point with its advice and the answer to it. */
    record Earlier(
            long pointId,
            long adviceId,
            String subject,
            java.time.LocalDate receivedOn,
            String label,
            String text,
            String stance,
            int followUps) {}

    private final JdbcOperations jdbc;

    RepeatFinder(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every point of the advice against every point of the body's earlier advices (received before it, or
     * on the same day and entered before it; never drafts), the pairs that reach the threshold, most alike
     * first.
     */
    List<Score> alike(long adviceId) {
        String sql = RepeatMeasure.WITH_ASKING_WORDS + "select point_id, earlier_id, score from ("
                + " select p.id as point_id, e.id as earlier_id, " + RepeatMeasure.score("p.text", "e.text")
                + " as score"
                + " from point p"
                + " join advice a on a.id = p.advice_id"
                + " join advice ea on ea.body_id = a.body_id and ea.id <> a.id and ea.deleted_at is null"
                + "   and ea.status <> 'DRAFT'"
                + "   and (ea.received_on < a.received_on or (ea.received_on = a.received_on and ea.id < a.id))"
                + " join point e on e.advice_id = ea.id"
                + " where p.advice_id = ?) pair"
                + " where score >= ? order by point_id, score desc, earlier_id";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, RepeatMeasure.askingWords());
            statement.setLong(2, adviceId);
            statement.setDouble(3, RepeatMeasure.THRESHOLD);
            List<Score> scores = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    scores.add(new Score(rs.getLong(1), rs.getLong(2), rs.getDouble(3)));
                }
            }
            return scores;
        });
    }

    /**
     * Per point of the advice, the earlier points in its thread: those confirmed as repeated, and the
     * ones those repeat in turn.
     */
    Map<Long, List<Long>> threads(long adviceId) {
        String sql = """
                with recursive thread(point_id, earlier_id) as (
                    select d.point_id, d.earlier_point_id from point_repeat_decision d
                    where d.advice_id = ? and d.decision = 'CONFIRMED'
                    union
                    select t.point_id, d.earlier_point_id from point_repeat_decision d
                    join thread t on d.point_id = t.earlier_id
                    where d.decision = 'CONFIRMED')
                select point_id, earlier_id from thread order by point_id, earlier_id""";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, adviceId);
            Map<Long, List<Long>> threads = new LinkedHashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    threads.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getLong(2));
                }
            }
            return threads;
        });
    }

    /** The earlier points by id, each with its advice, the stance of the response covering it and its follow-ups. */
    Map<Long, Earlier> earlier(List<Long> pointIds) {
        if (pointIds.isEmpty()) {
            return Map.of();
        }
        String sql = """
                select e.id, a.id, a.subject, a.received_on, e.label, e.text, r.stance,
                       (select count(*) from followup f where f.response_id = r.id)
                from point e
                join advice a on a.id = e.advice_id and a.deleted_at is null
                left join response_point rp on rp.point_id = e.id
                left join response r on r.id = rp.response_id
                where e.id = any(?)""";
        return jdbc.prepareStatement(sql, statement -> {
            Array ids = statement.getConnection().createArrayOf("bigint", pointIds.toArray());
            statement.setArray(1, ids);
            Map<Long, Earlier> found = new LinkedHashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.put(
                            rs.getLong(1),
                            new Earlier(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getObject(4, java.time.LocalDate.class),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getInt(8)));
                }
            }
            return found;
        });
    }
}
