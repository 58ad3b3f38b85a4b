package nl.adviestracker.advice;

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
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;

/** The history of an advice's due date, and extending it (staff). */
@Controller("/api/advices/{id}/due-date-extensions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ASDG, Roles.STAFF})
class DeadlineApi {

    private final Deadlines deadlines;

    DeadlineApi(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Get
    List<DueDateExtension> history(SignedInUser user, long id) {
        return deadlines.history(user, id);
    }

    /** Moves the due date later; the reason is kept. */
    @Status(HttpStatus.CREATED)
    @Post
    @Secured(Roles.STAFF)
    HttpResponse<DueDateExtension> extend(SignedInUser user, long id, @Valid @Body ExtensionInput input) {
        return HttpResponse.created(deadlines.extend(user, id, input));
    }
}
