package nl.adviestracker.response;

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
import java.net.URI;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;

/**
 * Corrections and supplements to the responses of a final letter. The sent responses stay as they were;
 * each correction is a record of its own, shown beside the response and sent in a supplementary letter.
 */
@Controller("/api/advices/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class CorrectionApi {

    private final Corrections corrections;

    CorrectionApi(Corrections corrections) {
        this.corrections = corrections;
    }

    /** Staff always; the body's members once the letter is sent, as the responses. */
    @Get("/corrections")
    @Secured({Roles.ASDG, Roles.STAFF})
    List<Correction> list(SignedInUser user, long id) {
        return corrections.list(user, id);
    }

    /** A correction or supplement of a response of the sent letter; refused (409) before the letter is sent. */
    @Status(HttpStatus.CREATED)
    @Post("/corrections")
    HttpResponse<Correction> create(SignedInUser user, long id, @Valid @Body CorrectionInput input) {
        Correction created = corrections.create(user, id, input);
        return HttpResponse.created(created, URI.create("/api/advices/" + id + "/corrections"));
    }
}
