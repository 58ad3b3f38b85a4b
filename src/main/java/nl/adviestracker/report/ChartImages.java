package nl.adviestracker.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import nl.adviestracker.account.Roles;
import nl.adviestracker.shared.ProblemException;

/**
 * The charts of the dashboard and reports as SVG documents ({@code image/svg+xml}), for the pages'
 * {@code <img>} elements; for managers, like the pages they belong to, and of their organisation only.
 * {@code groupBy} (stances) and {@code year} (advices received that year) as on the reports page.
 */
@Controller("/dashboard/charts")
@Secured(Roles.MANAGER)
@ExecuteOn(TaskExecutors.BLOCKING)
class ChartImages {

    static final String SVG = "image/svg+xml";

    private final ChartFigures figures;

    ChartImages(ChartFigures figures) {
        this.figures = figures;
    }

    @Get(value = "/advices.svg", produces = SVG)
    HttpResponse<String> advices(@Nullable @QueryValue Integer year) {
        return chart(Chart.ADVICES, null, year, null);
    }

    @Get(value = "/on-time.svg", produces = SVG)
    HttpResponse<String> onTime(@Nullable @QueryValue Integer year) {
        return chart(Chart.ON_TIME, null, year, null);
    }

    @Get(value = "/median-days.svg", produces = SVG)
    HttpResponse<String> medianDays(@Nullable @QueryValue Integer year) {
        return chart(Chart.MEDIAN_DAYS, null, year, null);
    }

    @Get(value = "/stances.svg", produces = SVG)
    HttpResponse<String> stances(
            @Nullable @QueryValue String groupBy,
            @Nullable @QueryValue Integer year,
            @Nullable @QueryValue Integer top) {
        if (top != null && (top < 1 || top > 100)) {
            throw ProblemException.invalid("top", "kies een aantal van 1 tot en met 100");
        }
        return chart(Chart.STANCES, groupBy, year, top);
    }

    @Get(value = "/followup-ages.svg", produces = SVG)
    HttpResponse<String> followUpAges(@Nullable @QueryValue Integer year) {
        return chart(Chart.FOLLOWUP_AGES, null, year, null);
    }

    private HttpResponse<String> chart(
            Chart chart, @Nullable String groupBy, @Nullable Integer year, @Nullable Integer top) {
        if (year != null && (year < 1900 || year > 2999)) {
            throw ProblemException.invalid("year", "is geen geldig jaar");
        }
        return HttpResponse.ok(figures.svg(chart, GroupBy.parse(groupBy), year, top))
                .contentType(SVG)
                .header("Cache-Control", "private, no-cache");
    }
}
