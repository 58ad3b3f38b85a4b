package nl.adviestracker.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;

/**
 * The review of one response: offered for review, approved by a colleague who did not write it, or sent back
 * with a comment. A step out of order is refused with the reason (409), a step this user may not take with 403.
 */
@Controller("/api/advices/{id}/responses/{responseId}/review")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class ResponseReviewApi {

    private final ResponseReviews reviews;

    ResponseReviewApi(ResponseReviews reviews) {
        this.reviews = reviews;
    }

    @Serdeable
    record ReviewSendBack(
            @Nullable @Size(max = 2000, message = "mag hoogstens {max} tekens bevatten")
            String comment) {}

    /** Its writer (or a colleague) offers the draft for review. */
    @Post("/ask")
    ResponseView ask(SignedInUser user, long id, long responseId) {
        return reviews.askReview(user, id, responseId);
    }

    /** A reviewer who did not write it approves it. */
    @Post("/approve")
    ResponseView approve(SignedInUser user, long id, long responseId) {
        return reviews.approve(user, id, responseId);
    }

    /** A reviewer sends it back to draft, saying what must change. */
    @Post("/send-back")
    ResponseView sendBack(SignedInUser user, long id, long responseId, @Valid @Body ReviewSendBack request) {
        return reviews.sendBack(user, id, responseId, request.comment());
    }
}
