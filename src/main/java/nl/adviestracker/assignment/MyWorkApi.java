package nl.adviestracker.assignment;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.time.Clock;
import java.time.LocalDate;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.DutchDates;

/** "Mijn werk" for scripts: what is assigned to the signed-in official, what is late, what waits for their review. */
@Controller("/api/me/work")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class MyWorkApi {

    private final MyWorkQuery work;
    private final Clock clock;

    MyWorkApi(MyWorkQuery work, Clock clock) {
        this.work = work;
        this.clock = clock;
    }

    @Get
    MyWork mine(SignedInUser user) {
        return work.of(user, LocalDate.now(clock.withZone(DutchDates.ZONE)));
    }
}
