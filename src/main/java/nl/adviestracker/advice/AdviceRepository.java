package nl.adviestracker.advice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The advice table. Its status changes only through {@link #move}, after one of {@link Advice}'s
 * moves allowed it; the other updates are partial and leave the status alone.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AdviceRepository extends CrudRepository<Advice, Long> {

    Optional<Advice> findByIdAndDeletedAtIsNull(Long id);

    boolean existsByBodyIdAndSubjectAndReceivedOn(Long bodyId, String subject, java.time.LocalDate receivedOn);

    /**
     * Stores a move that {@link Advice#submit} or {@link Advice#answer} allowed, unless someone moved the
     * advice meanwhile: 0 rows then.
     */
    @Query("""
            update advice set status = :to, version = version + 1, updated_at = now()
            where id = :id and status = :from and deleted_at is null""")
    long move(long id, String from, String to);

    /** The details staff or the body change; never the status. */
    void update(
            @Id Long id,
            @Version Integer version,
            @Nullable Long projectGroupId,
            String subject,
            AdviceKind kind,
            LocalDate receivedOn,
            @Nullable String theirReference,
            @Nullable String ourReference,
            @Nullable String theme,
            @Nullable String department,
            @Nullable String portfolioHolder,
            LocalDate responseDueOn,
            @Nullable Long supplementsAdviceId,
            @Nullable String introduction,
            @Nullable String conclusion,
            @Nullable LocalDate letterDatedOn);

    void updateResponseDueOn(@Id Long id, @Version Integer version, LocalDate responseDueOn);

    void updateLetterFinalAt(@Id Long id, @Version Integer version, Instant letterFinalAt);

    void updateDeletedAt(@Id Long id, @Version Integer version, Instant deletedAt);
}
