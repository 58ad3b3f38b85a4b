package nl.adviestracker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AdviceRequestRepository extends CrudRepository<AdviceRequest, Long> {

    List<AdviceRequest> findByBodyIdOrderByNeededBy(Long bodyId);

    List<AdviceRequest> findByStatusOrderByNeededBy(AdviceRequestStatus status);

    List<AdviceRequest> listOrderByNeededBy();

    Optional<AdviceRequest> findByAdviceId(Long adviceId);

    /**
     * Stores a move that {@link AdviceRequest#withdraw} or {@link AdviceRequest#answerWith} allowed,
     * unless someone changed the request meanwhile (0 rows then).
     */
    @Query("""
            update advice_request set status = :to, advice_id = :adviceId, version = version + 1, updated_at = now()
            where id = :id and status = :from and version = :version""")
    long move(long id, int version, String from, String to, @Nullable Long adviceId);

    /** The details staff change while the request is open; never its status. */
    void update(
            @Id Long id,
            @Version Integer version,
            Long bodyId,
            String subject,
            String question,
            LocalDate requestedOn,
            LocalDate neededBy,
            @Nullable String decision,
            @Nullable LocalDate decisionOn,
            @Nullable String department);
}
