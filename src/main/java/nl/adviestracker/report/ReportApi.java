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
import nl.adviestracker.shared.ProblemException;

/** Management reports (managers). */
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.MANAGER)
class ReportApi {

    private final Reports reports;
    private final Clock clock;

    ReportApi(Reports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** {@code groupBy}: body (default), theme, department or year; {@code year}: only advices received that year. */
    @Get
    Report report(@Nullable @QueryValue String groupBy, @Nullable @QueryValue Integer year) {
        if (year != null && (year < 1900 || year > 2999)) {
            throw ProblemException.invalid("year", "is geen geldig jaar");
        }
        return reports.of(GroupBy.parse(groupBy), year, LocalDate.now(clock));
    }
}
