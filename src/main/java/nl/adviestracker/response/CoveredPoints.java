package nl.adviestracker.response;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which points each response covers (table response_point; a point is covered at most once). */
@Singleton
@Transactional(readOnly = true)
public class CoveredPoints {

    private final JdbcOperations jdbc;

    CoveredPoints(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Point ids per response id, for all responses of one advice, each list in the points' order. */
    public Map<Long, List<Long>> ofAdvice(long adviceId) {
        return jdbc.prepareStatement("""
                select rp.response_id, rp.point_id from response_point rp join point p on p.id = rp.point_id
                where rp.advice_id = ? order by p.position""", statement -> {
            statement.setLong(1, adviceId);
            ResultSet rows = statement.executeQuery();
            Map<Long, List<Long>> result = new LinkedHashMap<>();
            while (rows.next()) {
                result.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getLong(2));
            }
            return result;
        });
    }

    @Transactional
    void replace(long responseId, long adviceId, Collection<Long> pointIds) {
        jdbc.prepareStatement("delete from response_point where response_id = ?", statement -> {
            statement.setLong(1, responseId);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement(
                "insert into response_point (point_id, response_id, advice_id) values (?, ?, ?)", statement -> {
                    for (Long pointId : pointIds) {
                        statement.setLong(1, pointId);
                        statement.setLong(2, responseId);
                        statement.setLong(3, adviceId);
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }
}
