package nl.adviestracker.verdict;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Verdicts are only added; reading them in the order given makes each response's history. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface VerdictRepository extends CrudRepository<Verdict, Long> {

    List<Verdict> findByAdviceIdOrderById(Long adviceId);

    List<Verdict> findByResponseIdOrderById(Long responseId);
}
