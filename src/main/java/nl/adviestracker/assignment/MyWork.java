package nl.adviestracker.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * What waits for one official, most urgent first: the points assigned to them that have no approved response
 * yet (late ones, whose internal due date passed, apart and first), the responses waiting for their review, and
 * the advices they lead that are still being answered.
 */
@Serdeable
public record MyWork(
        List<AssignedPoint> late, List<AssignedPoint> assigned, List<ReviewWaiting> toReview, List<Led> led) {

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

    /**
     * An advice I lead that is not answered yet, soonest due first.
     *
     * @param responseDueOn the date the body's answer is due (the external due date)
     * @param unassignedPoints how many of its points nobody drafts a response to yet
     * @param responsesNotApproved how many of its responses wait for approval (none where responses are not
     *     reviewed)
     * @param late the due date passed while the advice is not answered
     */
    @Serdeable
    public record Led(
            long adviceId,
            String subject,
            LocalDate responseDueOn,
            int unassignedPoints,
            int responsesNotApproved,
            boolean late,
            String link) {}

    public boolean empty() {
        return late.isEmpty() && assigned.isEmpty() && toReview.isEmpty() && led.isEmpty();
    }
}
