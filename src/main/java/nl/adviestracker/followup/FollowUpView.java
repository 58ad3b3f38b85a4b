package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A follow-up with its progress notes and whether it is late today, every change of its status,
 * the evidence that closes it and whether the body was told the outcome.
 *
 * @param allowedNext the statuses it may move to now
 * @param dueDateMoves each move of its due date, oldest first
 */
@Serdeable
public record FollowUpView(
        long id,
        long responseId,
        long adviceId,
        String description,
        String owner,
        @Nullable LocalDate dueOn,
        FollowUpStatus status,
        boolean overdue,
        List<FollowUpNote> notes,
        List<FollowUpStatus> allowedNext,
        List<FollowUpTransition> transitions,
        List<Evidence> evidence,
        @Nullable BodyInformed bodyInformed,
        List<FollowUpDueDateMove> dueDateMoves,
        @Nullable Integer version,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {

    public static FollowUpView of(
            FollowUp followUp,
            List<FollowUpNote> notes,
            List<FollowUpTransition> transitions,
            List<Evidence> evidence,
            @Nullable BodyInformed bodyInformed,
            List<FollowUpDueDateMove> dueDateMoves,
            LocalDate today) {
        return new FollowUpView(
                followUp.id(),
                followUp.responseId(),
                followUp.adviceId(),
                followUp.description(),
                followUp.owner(),
                followUp.dueOn(),
                followUp.status(),
                followUp.isOverdue(today),
                notes,
                followUp.status().allowedNext().stream().sorted().toList(),
                transitions,
                evidence,
                bodyInformed,
                dueDateMoves,
                followUp.version(),
                followUp.createdAt(),
                followUp.updatedAt());
    }
}
