package nl.adviestracker.promise;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import nl.adviestracker.account.Roles;
import nl.adviestracker.shared.ProblemException;

/** The count of moved due dates (staff). */
@Controller("/api/reports/moved-dates")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class MovedDatesApi {

    private final MovedDates movedDates;

    MovedDatesApi(MovedDates movedDates) {
        this.movedDates = movedDates;
    }

    /** {@code year}: advices received that year; every year without it. */
    @Get
    MovedDates.Count count(@Nullable @QueryValue Integer year) {
        if (year != null && (year < 1900 || year > 2999)) {
            throw ProblemException.invalid("year", "is geen geldig jaar");
        }
        return movedDates.of(year);
    }
}
