package nl.adviestracker.followup;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.Downloads;

/** Moving a follow-up through its life, its evidence, and recording that the body was told. */
@Controller("/api/followups/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class FollowUpLifecycleApi {

    private final FollowUpLifecycle lifecycle;

    FollowUpLifecycleApi(FollowUpLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** Moves the follow-up to {@code to}; a move the state machine does not allow is refused with the reason. */
    @Status(HttpStatus.CREATED)
    @Post("/transitions")
    HttpResponse<FollowUpView> move(SignedInUser user, long id, @Valid @Body TransitionInput input) {
        return HttpResponse.created(lifecycle.move(user, id, input));
    }

    @Status(HttpStatus.CREATED)
    @Post("/evidence")
    HttpResponse<FollowUpView> addEvidence(SignedInUser user, long id, @Valid @Body EvidenceInput input) {
        return HttpResponse.created(lifecycle.addEvidence(user, id, input));
    }

    @Get("/evidence/{evidenceId}/document")
    HttpResponse<byte[]> document(SignedInUser user, long id, long evidenceId) {
        LifecycleRecords.StoredFile file = lifecycle.document(user, id, evidenceId);
        return Downloads.attachment(file.content(), file.contentType(), file.fileName());
    }

    /** The body was told the outcome (by e-mail, in a meeting, by a letter sent elsewhere). */
    @Status(HttpStatus.CREATED)
    @Post("/body-informed")
    HttpResponse<FollowUpView> informBody(SignedInUser user, long id, @Valid @Body InformInput input) {
        return HttpResponse.created(lifecycle.informBody(user, id, input, null));
    }

    /** The follow-up letter as it was sent. */
    @Get(value = "/letter.pdf", produces = "application/pdf")
    HttpResponse<byte[]> letter(SignedInUser user, long id) {
        return Downloads.attachment(lifecycle.letter(user, id), "application/pdf", "toezegging-" + id + ".pdf");
    }
}
