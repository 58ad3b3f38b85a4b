package nl.adviestracker.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.PlausibleDate;

/**
 * Who does what on one advice: its lead official and, per point, the official who drafts the response and
 * by when. Staff only; a rule broken is answered 400 naming the field, a final letter's advice 409.
 */
@Controller("/api/advices/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class AssignmentApi {

    private final Assignments assignments;

    AssignmentApi(Assignments assignments) {
        this.assignments = assignments;
    }

    @Serdeable
    record LeadRequest(@Nullable Long leadUserId) {}

    @Serdeable
    record AssignmentRequest(
            @Nullable List<Long> pointIds,
            @Nullable Long assigneeUserId,
            @PlausibleDate @Nullable LocalDate internalDueOn) {}

    @Get("/assignments")
    AdviceAssignments list(SignedInUser user, long id) {
        return assignments.of(user, id);
    }

    /** Makes an official the lead of this advice's answer (again). */
    @Put("/lead")
    AdviceAssignments lead(SignedInUser user, long id, @Body LeadRequest request) {
        return assignments.chooseLead(user, id, request.leadUserId());
    }

    /** Assigns points to an official with an internal due date before the advice's external one. */
    @Post("/assignments")
    AdviceAssignments assign(SignedInUser user, long id, @Valid @Body AssignmentRequest request) {
        return assignments.assign(user, id, request.pointIds(), request.assigneeUserId(), request.internalDueOn());
    }
}
