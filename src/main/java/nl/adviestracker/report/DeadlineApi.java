package nl.adviestracker.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.time.Clock;
import java.time.LocalDate;
import nl.adviestracker.account.Roles;
import nl.adviestracker.reminder.ReminderSettings;
import nl.adviestracker.shared.ProblemException;

/** The counts of what is due and late, for the dashboard. */
@Controller("/api/deadlines")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class DeadlineApi {

    private final DeadlineCounts counts;
    private final ReminderSettings settings;
    private final Clock clock;

    DeadlineApi(DeadlineCounts counts, ReminderSettings settings, Clock clock) {
        this.counts = counts;
        this.settings = settings;
        this.clock = clock;
    }

    /** {@code daysAhead} defaults to the reminders' setting. */
    @Get
    DeadlineSummary summary(@Nullable @QueryValue Integer daysAhead) {
        int days = daysAhead == null ? settings.daysAhead() : daysAhead;
        if (days < 0 || days > 365) {
            throw ProblemException.invalid("daysAhead", "moet tussen 0 en 365 liggen");
        }
        return counts.on(LocalDate.now(clock), days);
    }
}
