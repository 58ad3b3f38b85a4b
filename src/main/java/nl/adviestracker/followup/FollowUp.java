package nl.adviestracker.followup;

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
import java.util.Objects;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.ProblemException;

/**
 * A commitment made in a response (toezegging), open until it is done and the body is told.
 *
 * @param owner the department or person who must deliver it
 * @param dueOn may be absent: real commitments often have no date, and are listed apart
 */
@Serdeable
@MappedEntity("followup")
public record FollowUp(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long responseId,
        Long adviceId,
        String description,
        String owner,
        @Nullable LocalDate dueOn,
        FollowUpStatus status,
        @Version @Nullable Integer version,

        @DateCreated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant createdAt,

        @DateUpdated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant updatedAt) {

    /**
     * The one way a follow-up changes status: only the moves {@link FollowUpStatus#allowedNext()}
     * allows; dropping and reopening need a reason, done needs evidence (stored, or given with the move).
     *
     * @throws ProblemException 422 naming the field ("to", "reason" or "evidence") and why
     */
    public FollowUp moveTo(FollowUpStatus to, @Nullable String reason, boolean hasEvidence) {
        if (to == status) {
            throw ProblemException.invalid("to", "de toezegging is al '" + to.dutch() + "'");
        }
        if (!status.canMoveTo(to)) {
            throw ProblemException.invalid(
                    "to",
                    "van '" + status.dutch() + "' kan een toezegging niet naar '" + to.dutch() + "'"
                            + FollowUps.allowedHint(status));
        }
        boolean noReason = reason == null || reason.isBlank();
        if (noReason && to == FollowUpStatus.DROPPED) {
            throw ProblemException.invalid("reason", "is verplicht: zeg waarom de toezegging vervalt");
        }
        if (noReason && to == FollowUpStatus.OPEN) {
            throw ProblemException.invalid("reason", "is verplicht: zeg waarom de toezegging weer open gaat");
        }
        if (to == FollowUpStatus.DONE && !hasEvidence) {
            throw ProblemException.invalid(
                    "evidence",
                    "is verplicht om af te ronden: een besluit, document of link dat laat zien dat het is gedaan");
        }
        return new FollowUp(id, responseId, adviceId, description, owner, dueOn, to, version, createdAt, null);
    }

    /**
     * The one way the due date changes. Setting the first date needs no reason; moving a date that was set,
     * or letting it go, does: nothing is moved quietly. The caller records the move ({@link #movesDueOnTo})
     * with who and when before it stores the new date; the database refuses a moved date without it.
     *
     * @throws ProblemException 400 naming {@code dueOnReason} when a set date changes without a reason
     */
    public FollowUp withDueOn(@Nullable LocalDate to, @Nullable String reason) {
        if (!movesDueOnTo(to)) {
            return new FollowUp(id, responseId, adviceId, description, owner, to, status, version, createdAt, null);
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid(
                    "dueOnReason",
                    to == null
                            ? "is verplicht: zeg waarom de toezegging geen datum meer heeft (nu uiterlijk "
                                    + DutchDates.format(dueOn) + ")"
                            : "is verplicht: zeg waarom de datum verschuift van " + DutchDates.format(dueOn) + " naar "
                                    + DutchDates.format(to));
        }
        return new FollowUp(id, responseId, adviceId, description, owner, to, status, version, createdAt, null);
    }

    /** Whether {@code to} moves a date that was set (a first date is no move). */
    public boolean movesDueOnTo(@Nullable LocalDate to) {
        return dueOn != null && !Objects.equals(dueOn, to);
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueOn != null && dueOn.isBefore(today);
    }
}
