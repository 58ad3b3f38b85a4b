package nl.adviestracker.followup;

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
import jakarta.validation.Valid;
import java.net.URI;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;

@Controller("/api/followups")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class FollowUpApi {

    private final FollowUps followUps;
    private final FollowUpList list;

    FollowUpApi(FollowUps followUps, FollowUpList list) {
        this.followUps = followUps;
        this.list = list;
    }

    /** Follow-ups; {@code status=open} gives those open or in progress. Overdue and soonest first, undated last. */
    @Get
    PageOf<FollowUpSummary> list(
            @Nullable @QueryValue String status,
            @Nullable @QueryValue Long bodyId,
            @Nullable @QueryValue String theme,
            @Nullable @QueryValue String owner,
            @Nullable @QueryValue Boolean overdue,
            @Nullable @QueryValue Boolean dated,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        return list.find(
                new FollowUpFilter(status, bodyId, theme, owner, overdue, dated, sort), PageRequest.of(page, size));
    }

    @Get("/{id}")
    FollowUpView get(SignedInUser user, long id) {
        return followUps.get(user, id);
    }

    @Status(HttpStatus.CREATED)
    @Post
    HttpResponse<FollowUpView> create(SignedInUser user, @Valid @Body FollowUpInput input) {
        FollowUpView created = followUps.create(user, input);
        return HttpResponse.created(created, URI.create("/api/followups/" + created.id()));
    }

    @Put("/{id}")
    FollowUpView update(SignedInUser user, long id, @Valid @Body FollowUpInput input) {
        return followUps.update(user, id, input);
    }

    @Status(HttpStatus.CREATED)
    @Post("/{id}/notes")
    HttpResponse<FollowUpView> addNote(SignedInUser user, long id, @Valid @Body NoteInput input) {
        return HttpResponse.created(followUps.addNote(user, id, input));
    }
}
