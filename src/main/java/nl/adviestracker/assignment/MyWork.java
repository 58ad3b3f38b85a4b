package nl.adviestracker.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * What waits for one official, most urgent first: the points assigned to them that have no approved response
 * yet (late ones, whose internal due date passed, apart and first), and the responses waiting for their review.
 */
@Serdeable
public record MyWork(List<AssignedPoint> late, List<AssignedPoint> assigned, List<ReviewWaiting> toReview) {

    /**
     * A point assigned to me.
     *
     * @param reviewState where its response stands ({@code null}: not answered yet)
     * @param sentBackComment why a reviewer sent its response back, if one did
     * @param link the page where the work is done
     */
    @Serdeable
    public record AssignedPoint(
            long adviceId,
            String subject,
            long pointId,
            String pointLabel,
            LocalDate internalDueOn,
            @Nullable Long responseId,
            @Nullable String reviewState,
            @Nullable String sentBackComment,
            String link) {}

    /** A response waiting for a review I may give: asked on {@code askedOn}, oldest first. */
    @Serdeable
    public record ReviewWaiting(
            long adviceId, String subject, long responseId, String points, LocalDate askedOn, String link) {}

    public boolean empty() {
        return late.isEmpty() && assigned.isEmpty() && toReview.isEmpty();
    }
}
