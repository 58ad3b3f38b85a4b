package nl.adviestracker.request;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AdviceRequestRepository extends CrudRepository<AdviceRequest, Long> {

    List<AdviceRequest> findByBodyIdOrderByNeededBy(Long bodyId);

    List<AdviceRequest> findByStatusOrderByNeededBy(AdviceRequestStatus status);

    List<AdviceRequest> listOrderByNeededBy();

    Optional<AdviceRequest> findByAdviceId(Long adviceId);
}
