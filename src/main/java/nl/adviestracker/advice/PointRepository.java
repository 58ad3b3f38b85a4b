package nl.adviestracker.advice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.annotation.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The point table, its one reader. The points of one advice are read with a row mapping written out
 * by hand: Micronaut Data's generic entity mapper works out every column's name again for every row,
 * and on the page of a 40-point advice it cost more CPU than PostgreSQL did for the whole request.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public abstract class PointRepository implements CrudRepository<Point, Long> {

    private final JdbcOperations jdbc;

    PointRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public abstract Optional<Point> findByIdAndAdviceId(Long id, Long adviceId);

    /** Changes a point's words; its place and advice stay. */
    public abstract void update(
            @Id Long id,
            @Version Integer version,
            String label,
            String text,
            PointKind kind,
            @Nullable String documentReference);

    /** Moves a point to another place in its advice; the other fields stay as they are. */
    public abstract void updatePosition(@Id Long id, Integer position);

    /** The points of one advice, in their order. */
    @Transactional(readOnly = true)
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
