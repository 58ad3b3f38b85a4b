package nl.adviestracker.letter;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LetterStepRepository extends CrudRepository<LetterStep, Long> {

    List<LetterStep> findByAdviceIdOrderById(Long adviceId);
}
