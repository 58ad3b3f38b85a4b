package nl.adviestracker.response;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;

@Controller("/api/advices/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class ResponseApi {

    private final Responses responses;
    private final CompletenessCheck completeness;

    ResponseApi(Responses responses, CompletenessCheck completeness) {
        this.responses = responses;
        this.completeness = completeness;
    }

    /** Staff always; the body's members once the letter is sent. */
    @Get("/responses")
    @Secured({Roles.ASDG, Roles.STAFF})
    List<ResponseView> list(SignedInUser user, long id) {
        return responses.list(user, id);
    }

    @Get("/responses/{responseId}")
    @Secured({Roles.ASDG, Roles.STAFF})
    ResponseView get(SignedInUser user, long id, long responseId) {
        return responses.get(user, id, responseId);
    }

    @Status(HttpStatus.CREATED)
    @Post("/responses")
    HttpResponse<ResponseView> create(SignedInUser user, long id, @Valid @Body ResponseInput input) {
        ResponseView response = responses.create(user, id, input);
        return HttpResponse.created(response, URI.create("/api/advices/" + id + "/responses/" + response.id()));
    }

    @Put("/responses/{responseId}")
    ResponseView update(SignedInUser user, long id, long responseId, @Valid @Body ResponseInput input) {
        return responses.update(user, id, responseId, input);
    }

    @Delete("/responses/{responseId}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(SignedInUser user, long id, long responseId) {
        responses.delete(user, id, responseId);
    }

    /** Which points still lack a response, and which responses break a rule (no reason for a departure). */
    @Get("/unanswered")
    Completeness unanswered(SignedInUser user, long id) {
        return completeness.of(user, id);
    }
}
