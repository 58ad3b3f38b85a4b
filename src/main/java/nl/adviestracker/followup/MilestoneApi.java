package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;

/** A follow-up's milestones, and which of its evidence the public page shows. */
@Controller("/api/followups/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class MilestoneApi {

    private final Milestones milestones;
    private final FollowUps followUps;

    MilestoneApi(Milestones milestones, FollowUps followUps) {
        this.milestones = milestones;
        this.followUps = followUps;
    }

    @Get("/milestones")
    List<Milestone> list(SignedInUser user, long id) {
        return milestones.of(user, id);
    }

    @Status(HttpStatus.CREATED)
    @Post("/milestones")
    HttpResponse<Milestone> add(SignedInUser user, long id, @Valid @Body MilestoneInput input) {
        return HttpResponse.created(milestones.add(user, id, input));
    }

    /** Records that the milestone was reached; without a date, today. */
    @Post("/milestones/{milestoneId}/reached")
    Milestone reach(SignedInUser user, long id, long milestoneId, @Body Reached input) {
        return milestones.reach(user, id, milestoneId, input.reachedOn());
    }

    /** Shows the evidence on the public page of the published advice, or stops showing it: the follow-up as now. */
    @Put("/evidence/{evidenceId}/public")
    FollowUpView showInPublic(SignedInUser user, long id, long evidenceId, @Valid @Body Shown input) {
        milestones.showEvidenceInPublic(user, id, evidenceId, input.shownInPublic());
        return followUps.get(user, id);
    }

    @Serdeable
    record Reached(@Nullable LocalDate reachedOn) {}

    @Serdeable
    record Shown(@NotNull Boolean shownInPublic) {}
}
