package nl.adviestracker.organisation;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import nl.adviestracker.account.Roles;

/** Who may take which step of the route: staff read it, the organisation's admin changes it. */
@Controller("/api/organisation/workflow")
@ExecuteOn(TaskExecutors.BLOCKING)
class WorkflowSettingsApi {

    private final WorkflowSettingsStore settings;

    WorkflowSettingsApi(WorkflowSettingsStore settings) {
        this.settings = settings;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.STAFF})
    WorkflowSettings read() {
        return settings.current();
    }

    @Put
    @Secured(Roles.ADMIN)
    WorkflowSettings update(@Valid @Body WorkflowSettings input) {
        return settings.update(input);
    }
}
