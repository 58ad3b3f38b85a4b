package nl.adviestracker.letter;

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
import nl.adviestracker.followup.FollowUpView;
import nl.adviestracker.shared.Downloads;

/** The letter that tells a body the outcome of a follow-up: a preview, and sending it (which records it). */
@Controller("/api/followups/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class FollowUpLetterApi {

    private final FollowUpLetters letters;

    FollowUpLetterApi(FollowUpLetters letters) {
        this.letters = letters;
    }

    @Get(value = "/letter-preview.pdf", produces = "application/pdf")
    HttpResponse<byte[]> preview(SignedInUser user, long id) {
        return Downloads.attachment(
                letters.preview(user, id, new FollowUpLetterInput(null, null, null)),
                "application/pdf",
                "toezegging-" + id + "-concept.pdf");
    }

    /** Makes the letter, keeps the PDF as sent ({@code GET /api/followups/{id}/letter.pdf}) and records the body informed. */
    @Status(HttpStatus.CREATED)
    @Post("/letter")
    HttpResponse<FollowUpView> send(SignedInUser user, long id, @Valid @Body FollowUpLetterInput input) {
        return HttpResponse.created(letters.send(user, id, input));
    }
}
