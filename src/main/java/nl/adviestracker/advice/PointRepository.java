package nl.adviestracker.advice;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PointRepository extends CrudRepository<Point, Long> {

    List<Point> findByAdviceIdOrderByPosition(Long adviceId);

    Optional<Point> findByIdAndAdviceId(Long id, Long adviceId);
}
