package nl.adviestracker.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import nl.adviestracker.account.Roles;

/**
 * The open-data export of a period (staff and managers publish it): the advices whose reply letter was
 * sent in the {@code year} or council {@code term}, of one body ({@code bodyId}) or all, without personal
 * data. JSON follows {@code opendata/advices.schema.json}; CSV has the same fields, flattened.
 */
@Controller("/api/open-data")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class OpenDataApi {

    private final OpenData openData;
    private final CouncilReports reports;

    OpenDataApi(OpenData openData, CouncilReports reports) {
        this.openData = openData;
        this.reports = reports;
    }

    @Get(uri = "/advices.json", produces = MediaType.APPLICATION_JSON)
    OpenData.Export json(
            @Nullable @QueryValue Long bodyId, @Nullable @QueryValue Integer year, @Nullable @QueryValue String term) {
        return export(bodyId, year, term);
    }

    @Get(uri = "/advices.csv", produces = "text/csv")
    HttpResponse<String> csv(
            @Nullable @QueryValue Long bodyId, @Nullable @QueryValue Integer year, @Nullable @QueryValue String term) {
        OpenData.Export export = export(bodyId, year, term);
        return HttpResponse.ok(OpenData.csv(export))
                .contentType("text/csv;charset=utf-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"adviezen-" + export.period() + (bodyId == null ? "" : "-" + bodyId)
                                + ".csv\"");
    }

    private OpenData.Export export(@Nullable Long bodyId, @Nullable Integer year, @Nullable String term) {
        CouncilPeriod period = CouncilPeriod.of(year, term);
        return openData.of(bodyId == null ? null : reports.body(bodyId).id(), period);
    }
}
