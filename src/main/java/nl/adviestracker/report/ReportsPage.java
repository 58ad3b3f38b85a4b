package nl.adviestracker.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.reminder.ReminderSettings;
import nl.adviestracker.response.Stance;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Views;

/**
 * The management report at {@code /dashboard/reports}: what is late and due, and per body, theme,
 * department or year the figures as tables with simple bars (CSS only, no script), plus the
 * downloads and the calendar link; then the same advices' trends, stances and open follow-ups as
 * charts (SVG images), each with its numbers in a table.
 */
@Controller("/dashboard/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.MANAGER)
class ReportsPage {

    private final Views views;
    private final Reports reports;
    private final DeadlineCounts counts;
    private final ReminderSettings settings;
    private final Clock clock;
    private final ChartFigures charts;

    ReportsPage(
            Views views,
            Reports reports,
            DeadlineCounts counts,
            ReminderSettings settings,
            Clock clock,
            ChartFigures charts) {
        this.views = views;
        this.reports = reports;
        this.counts = counts;
        this.settings = settings;
        this.clock = clock;
        this.charts = charts;
    }

    public record ReportsView(
            Frame frame,
            String groupByLabel,
            List<Option> groupings,
            @Nullable Integer year,
            DeadlineSummary deadlines,
            List<StanceLegend> legend,
            List<Row> rows,
            Row total,
            boolean empty,
            List<ChartFigures.Figure> charts) {}

    public record Option(String value, String label, boolean selected) {}

    public record StanceLegend(String code, String label) {}

    /** One group's figures as displayed; {@code *Width} are whole percentages for the bars. */
    public record Row(
            String group,
            long advices,
            long answered,
            long answeredOnTime,
            String onTime,
            int onTimeWidth,
            long openAnswers,
            long overdueAnswers,
            String median,
            String p90,
            int medianWidth,
            long points,
            long answeredPoints,
            List<StanceCell> stances,
            long openFollowUps,
            long overdueFollowUps,
            long undatedFollowUps) {}

    public record StanceCell(String code, String label, long points, String share, int width) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(
            SignedInUser user, @Nullable @QueryValue String groupBy, @Nullable @QueryValue Integer year) {
        GroupBy grouping = GroupBy.parse(groupBy);
        LocalDate today = LocalDate.now(clock);
        Report report = reports.of(grouping, year, today);
        double maxMedian = report.rows().stream()
                .map(ReportRow::medianDaysToAnswer)
                .filter(m -> m != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        List<Row> rows = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            rows.add(row(row, maxMedian));
        }
        List<Option> groupings = Arrays.stream(GroupBy.values())
                .map(g -> new Option(g.name().toLowerCase(Locale.ROOT), g.dutch(), g == grouping))
                .toList();
        List<StanceLegend> legend = Arrays.stream(Stance.values())
                .map(s -> new StanceLegend(code(s), s.dutch()))
                .toList();
        return views.page(
                "reports",
                new ReportsView(
                        Frame.of("Rapportage", user, "/dashboard/reports", null),
                        grouping.dutch(),
                        groupings,
                        year,
                        counts.on(today, settings.daysAhead()),
                        legend,
                        rows,
                        row(
                                report.total(),
                                Math.max(
                                        maxMedian,
                                        report.total().medianDaysToAnswer() == null
                                                ? 0
                                                : report.total().medianDaysToAnswer())),
                        rows.isEmpty(),
                        charts.reports(grouping, year)));
    }

    private static Row row(ReportRow r, double maxMedian) {
        List<StanceCell> stances = new ArrayList<>();
        for (ReportRow.StanceShare share : r.stances()) {
            stances.add(new StanceCell(
                    code(share.stance()), share.dutch(), share.points(), percent(share.share()), width(share.share())));
        }
        return new Row(
                r.group(),
                r.advices(),
                r.answered(),
                r.answeredOnTime(),
                percent(r.onTimeShare()),
                width(r.onTimeShare()),
                r.openAnswers(),
                r.overdueAnswers(),
                days(r.medianDaysToAnswer()),
                days(r.p90DaysToAnswer()),
                r.medianDaysToAnswer() == null || maxMedian == 0 ? 0 : width(r.medianDaysToAnswer() / maxMedian),
                r.points(),
                r.answeredPoints(),
                stances,
                r.openFollowUps(),
                r.overdueFollowUps(),
                r.undatedFollowUps());
    }

    private static String code(Stance stance) {
        return stance.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Rounded down, so the segments of a stacked bar never add up to more than the whole. */
    private static int width(Double share) {
        return share == null ? 0 : (int) Math.max(0, Math.min(100, Math.floor(share * 100)));
    }

    private static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    private static String days(Double days) {
        if (days == null) {
            return "–";
        }
        return (days == Math.rint(days)
                        ? String.valueOf(days.longValue())
                        : String.format(Locale.forLanguageTag("nl"), "%.1f", days))
                + " dagen";
    }
}
