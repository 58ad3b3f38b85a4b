package nl.adviestracker.repeat;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RepeatDecisionRepository extends CrudRepository<RepeatDecision, Long> {

    List<RepeatDecision> findByAdviceId(Long adviceId);

    Optional<RepeatDecision> findByPointIdAndEarlierPointId(Long pointId, Long earlierPointId);
}
