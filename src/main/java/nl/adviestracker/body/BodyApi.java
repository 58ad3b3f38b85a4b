package nl.adviestracker.body;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import nl.adviestracker.account.Roles;

@Controller("/api/bodies")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class BodyApi {

    private final AdvisoryBodyRepository bodies;
    private final ProjectGroupRepository groups;
    private final Bodies register;

    BodyApi(AdvisoryBodyRepository bodies, ProjectGroupRepository groups, Bodies register) {
        this.bodies = bodies;
        this.groups = groups;
        this.register = register;
    }

    @Get
    List<AdvisoryBody> list() {
        return bodies.listOrderByName();
    }

    @Get("/{id}")
    BodyWithGroups get(long id) {
        return new BodyWithGroups(register.get(id), groups.findByBodyIdOrderByName(id));
    }

    @Status(HttpStatus.CREATED)
    @Post
    @Secured(Roles.ADMIN)
    HttpResponse<AdvisoryBody> create(@Valid @Body BodyInput input) {
        AdvisoryBody body = register.create(input);
        return HttpResponse.created(body, URI.create("/api/bodies/" + body.id()));
    }

    @Put("/{id}")
    @Secured(Roles.ADMIN)
    AdvisoryBody update(long id, @Valid @Body BodyInput input) {
        return register.update(id, input);
    }

    /** Dissolves the body from today: its advice stays, and nothing new is registered for it. */
    @Post("/{id}/dissolve")
    @Secured(Roles.ADMIN)
    AdvisoryBody dissolve(long id) {
        return register.dissolve(id);
    }

    @Post("/{id}/reopen")
    @Secured(Roles.ADMIN)
    AdvisoryBody reopen(long id) {
        return register.reopen(id);
    }

    @Serdeable
    record BodyWithGroups(AdvisoryBody body, List<ProjectGroup> projectGroups) {}
}
