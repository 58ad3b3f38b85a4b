package nl.adviestracker.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.AdviceFilter;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.AdviceSummary;
import nl.adviestracker.followup.FollowUpFilter;
import nl.adviestracker.shared.Downloads;

/**
 * Downloads of the lists with the filters they have on screen: the same query parameters as
 * {@code /api/followups} and {@code /api/advices}. The advices workbook has a second sheet with the
 * points and their responses; as CSV that is {@code /api/points.csv}.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class ExportApi {

    static final String CSV = "text/csv;charset=utf-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Exports exports;
    private final Clock clock;

    ExportApi(Exports exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    @Get(value = "/followups.csv", produces = CSV)
    HttpResponse<byte[]> followUpsCsv(
            @Nullable @QueryValue String status,
            @Nullable @QueryValue Long bodyId,
            @Nullable @QueryValue String theme,
            @Nullable @QueryValue String owner,
            @Nullable @QueryValue Boolean overdue,
            @Nullable @QueryValue Boolean dated,
            @Nullable @QueryValue String sort) {
        return Downloads.attachment(
                exports.followUps(new FollowUpFilter(status, bodyId, theme, owner, overdue, dated, sort))
                        .csv(),
                CSV,
                name("toezeggingen", "csv"));
    }

    @Get(value = "/followups.xlsx", produces = XLSX)
    HttpResponse<byte[]> followUpsXlsx(
            @Nullable @QueryValue String status,
            @Nullable @QueryValue Long bodyId,
            @Nullable @QueryValue String theme,
            @Nullable @QueryValue String owner,
            @Nullable @QueryValue Boolean overdue,
            @Nullable @QueryValue Boolean dated,
            @Nullable @QueryValue String sort) {
        return Downloads.attachment(
                exports.followUps(new FollowUpFilter(status, bodyId, theme, owner, overdue, dated, sort))
                        .xlsx(),
                XLSX,
                name("toezeggingen", "xlsx"));
    }

    @Get(value = "/advices.csv", produces = CSV)
    HttpResponse<byte[]> advicesCsv(
            SignedInUser user,
            @Nullable @QueryValue AdviceStatus status,
            @Nullable @QueryValue Long bodyId,
            @Nullable @QueryValue String theme,
            @Nullable @QueryValue Boolean overdue,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue Boolean desc) {
        return Downloads.attachment(
                exports.advices(filter(user, status, bodyId, theme, overdue, sort, desc))
                        .csv(),
                CSV,
                name("adviezen", "csv"));
    }

    /** Two sheets: the advices, and their points with the responses. */
    @Get(value = "/advices.xlsx", produces = XLSX)
    HttpResponse<byte[]> advicesXlsx(
            SignedInUser user,
            @Nullable @QueryValue AdviceStatus status,
            @Nullable @QueryValue Long bodyId,
            @Nullable @QueryValue String theme,
            @Nullable @QueryValue Boolean overdue,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue Boolean desc) {
        Table<AdviceSummary> advices = exports.advices(filter(user, status, bodyId, theme, overdue, sort, desc));
        return Downloads.attachment(
                Table.workbook(List.of(advices, exports.points(advices.rows()))), XLSX, name("adviezen", "xlsx"));
    }

    /** The points of the advices the filters select, each with the response that covers it. */
    @Get(value = "/points.csv", produces = CSV)
    HttpResponse<byte[]> pointsCsv(
            SignedInUser user,
            @Nullable @QueryValue AdviceStatus status,
            @Nullable @QueryValue Long bodyId,
            @Nullable @QueryValue String theme,
            @Nullable @QueryValue Boolean overdue,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue Boolean desc) {
        Table<AdviceSummary> advices = exports.advices(filter(user, status, bodyId, theme, overdue, sort, desc));
        return Downloads.attachment(exports.points(advices.rows()).csv(), CSV, name("punten-en-reacties", "csv"));
    }

    private static AdviceFilter filter(
            SignedInUser user,
            AdviceStatus status,
            Long bodyId,
            String theme,
            Boolean overdue,
            String sort,
            Boolean desc) {
        return new AdviceFilter(status, bodyId, theme, overdue, sort, Boolean.TRUE.equals(desc)).visibleTo(user);
    }

    private String name(String what, String extension) {
        return what + "-" + LocalDate.now(clock) + "." + extension;
    }
}
