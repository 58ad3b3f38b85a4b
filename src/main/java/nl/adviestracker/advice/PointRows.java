package nl.adviestracker.advice;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads all points of one advice with a row mapping written out by hand. Micronaut Data's generic
 * entity mapper works out every column's name again for every row: on the page of a 40-point
 * advice it cost more CPU than PostgreSQL did for the whole request.
 */
@Singleton
@Transactional(readOnly = true)
class PointRows {

    private final JdbcOperations jdbc;

    PointRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<Point> ofAdvice(long adviceId) {
        return jdbc.prepareStatement("""
                select id, advice_id, position, label, text, kind, document_reference, version
                from point where advice_id = ? order by position""", statement -> {
            statement.setLong(1, adviceId);
            try (ResultSet rows = statement.executeQuery()) {
                List<Point> points = new ArrayList<>();
                while (rows.next()) {
                    points.add(new Point(
                            rows.getLong(1),
                            rows.getLong(2),
                            rows.getInt(3),
                            rows.getString(4),
                            rows.getString(5),
                            PointKind.valueOf(rows.getString(6)),
                            rows.getString(7),
                            rows.getInt(8)));
                }
                return points;
            }
        });
    }
}
