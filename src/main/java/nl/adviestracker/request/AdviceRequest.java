package nl.adviestracker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.adviestracker.shared.ProblemException;

/**
 * An advice request (adviesaanvraag): the college asks a body for advice on a draft policy. The
 * document itself is read apart, see {@link AdviceRequests#document(long)}.
 *
 * @param neededBy the date by which the college needs the advice
 * @param decision the decision the advice feeds: "collegevergadering 14 april 2025", "raadsvergadering"
 * @param adviceId the advice that answers it, once there is one
 */
@Serdeable
@MappedEntity("advice_request")
public record AdviceRequest(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long bodyId,
        String subject,
        String question,
        LocalDate requestedOn,
        LocalDate neededBy,
        @Nullable String decision,
        @Nullable LocalDate decisionOn,
        @Nullable String department,
        AdviceRequestStatus status,
        @Nullable Long adviceId,
        @Nullable String documentName,
        @Nullable String documentType,
        @Nullable Integer documentSize,
        String createdBy,
        @Version @Nullable Integer version,

        @DateCreated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant createdAt,

        @DateUpdated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant updatedAt) {

    public boolean isOverdue(LocalDate today) {
        return status == AdviceRequestStatus.OPEN && neededBy.isBefore(today);
    }

    /** Why withdrawing refuses a request that is no longer open. */
    public static final String ONLY_OPEN_WITHDRAWN = "Alleen een open adviesaanvraag kan worden ingetrokken.";

    /** The college no longer asks (open → withdrawn). */
    public AdviceRequest withdraw() {
        if (status != AdviceRequestStatus.OPEN) {
            throw ProblemException.conflict(ONLY_OPEN_WITHDRAWN);
        }
        return moved(AdviceRequestStatus.WITHDRAWN, null);
    }

    /** The body's advice answers it (open → answered); the advice is linked from now on. */
    public AdviceRequest answerWith(long answeringAdviceId) {
        if (status != AdviceRequestStatus.OPEN) {
            throw ProblemException.conflict(notOpen());
        }
        return moved(AdviceRequestStatus.ANSWERED, answeringAdviceId);
    }

    /** Only an open request changes: its details, or by one of the moves above. */
    public void requireOpen() {
        if (status != AdviceRequestStatus.OPEN) {
            throw ProblemException.conflict(
                    "Deze adviesaanvraag is " + status.dutch() + " en kan niet meer worden gewijzigd.");
        }
    }

    private String notOpen() {
        return "Deze adviesaanvraag is " + status.dutch() + ".";
    }

    /** The one place a new status is set; only the moves above call it. */
    private AdviceRequest moved(AdviceRequestStatus newStatus, @Nullable Long newAdviceId) {
        return new AdviceRequest(
                id,
                bodyId,
                subject,
                question,
                requestedOn,
                neededBy,
                decision,
                decisionOn,
                department,
                newStatus,
                newAdviceId,
                documentName,
                documentType,
                documentSize,
                createdBy,
                version,
                createdAt,
                updatedAt);
    }
}
