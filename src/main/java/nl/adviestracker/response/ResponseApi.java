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
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;

@Controller("/api/advices/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
class ResponseApi {

    private final Responses responses;
    private final CompletenessCheck completeness;

    ResponseApi(Responses responses, CompletenessCheck completeness) {
        this.responses = responses;
        this.completeness = completeness;
    }

    @Get("/responses")
    List<ResponseView> list(long id) {
        return responses.list(id);
    }

    @Get("/responses/{responseId}")
    ResponseView get(long id, long responseId) {
        return responses.get(id, responseId);
    }

    @Post("/responses")
    HttpResponse<ResponseView> create(long id, @Valid @Body ResponseInput input) {
        ResponseView response = responses.create(id, input);
        return HttpResponse.created(response, URI.create("/api/advices/" + id + "/responses/" + response.id()));
    }

    @Put("/responses/{responseId}")
    ResponseView update(long id, long responseId, @Valid @Body ResponseInput input) {
        return responses.update(id, responseId, input);
    }

    @Delete("/responses/{responseId}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(long id, long responseId) {
        responses.delete(id, responseId);
    }

    /** Which points still lack a response, and which responses break a rule (no reason for a departure). */
    @Get("/unanswered")
    Completeness unanswered(long id) {
        return completeness.of(id);
    }
}
