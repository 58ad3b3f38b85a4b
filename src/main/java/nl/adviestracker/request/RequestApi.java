package nl.adviestracker.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.Downloads;

/** Advice requests: staff register them, the body's members see theirs and answer them with an advice. */
@Controller("/api/requests")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ASDG, Roles.STAFF})
class RequestApi {

    private final AdviceRequests requests;

    RequestApi(AdviceRequests requests) {
        this.requests = requests;
    }

    /** Soonest needed first; members see their own body's, open ones unless {@code status} says otherwise. */
    @Get
    List<RequestView> list(SignedInUser user, @Nullable @QueryValue String status, @Nullable @QueryValue Long bodyId) {
        return requests.list(user, status, bodyId);
    }

    @Get("/{id}")
    RequestView get(SignedInUser user, long id) {
        return requests.get(id, user);
    }

    @Status(HttpStatus.CREATED)
    @Post
    @Secured(Roles.STAFF)
    HttpResponse<RequestView> create(@Valid @Body RequestInput input) {
        RequestView created = requests.create(input);
        return HttpResponse.created(created, URI.create("/api/requests/" + created.id()));
    }

    @Put("/{id}")
    @Secured(Roles.STAFF)
    RequestView update(long id, @Valid @Body RequestInput input) {
        return requests.update(id, input);
    }

    @Post("/{id}/withdraw")
    @Secured(Roles.STAFF)
    RequestView withdraw(long id, @Valid @Body VersionOnly body) {
        return requests.withdraw(id, body.version());
    }

    /** Links the advice that answers this request. */
    @Post("/{id}/answer")
    RequestView answer(SignedInUser user, long id, @Valid @Body AnswerInput input) {
        return requests.answer(id, input.adviceId(), user);
    }

    @Get("/{id}/document")
    HttpResponse<byte[]> document(SignedInUser user, long id) {
        AdviceRequests.Document document = requests.document(id, user);
        return Downloads.attachment(document.content(), document.contentType(), document.fileName());
    }

    @Serdeable
    record AnswerInput(@NotNull(message = "is verplicht") Long adviceId) {}

    @Serdeable
    record VersionOnly(@Nullable Integer version) {}
}
