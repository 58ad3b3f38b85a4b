package nl.adviestracker.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.adviestracker.shared.RecentlyMade;
import nl.adviestracker.web.Pager;

/**
 * The charts of the dashboard and the reports, each with the table of its numbers: what a page shows
 * beside the image and what the image draws come from here, from the same figures ({@link Reports}), so
 * they cannot disagree. Trends cover the last {@value #QUARTERS} quarters with advices.
 */
@Singleton
class ChartFigures {

    static final int QUARTERS = 12;

    /** The dashboard's stance charts show this many groups with the most answered points, then the others together. */
    static final int DASHBOARD_GROUPS = 10;

    private final Reports reports;
    private final Clock clock;

    ChartFigures(Reports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** A chart as a page shows it: the image, its Dutch alt text, and the numbers as a table. */
    public record Figure(String id, String title, String src, String alt, Table numbers) {}

    /** A data table: column headings, and rows whose first cell is the row's heading. */
    public record Table(String caption, List<String> columns, List<TableRow> rows) {}

    public record TableRow(String head, List<String> cells) {}

    /** The figures a chart draws, as of today. */
    record Figures(QuarterTrend trend, List<ReportRow> groups, FollowUpAges ages) {}

    /** The trend, the stances per {@code groupBy} and the open follow-ups' ages, for advices received in {@code year}. */
    Figures figures(GroupBy groupBy, @Nullable Integer year) {
        LocalDate today = LocalDate.now(clock);
        return new Figures(trend(year), reports.of(groupBy, year, today).rows(), reports.followUpAges(year, today));
    }

    /** What the image at {@code chart}'s address draws. */
    String svg(Chart chart, GroupBy groupBy, @Nullable Integer year, @Nullable Integer top) {
        LocalDate today = LocalDate.now(clock);
        return switch (chart) {
            case ADVICES -> ChartDrawing.advices(trend(year));
            case ON_TIME -> ChartDrawing.onTime(trend(year));
            case MEDIAN_DAYS -> ChartDrawing.medianDays(trend(year));
            case STANCES -> {
                List<StanceRow> rows = reports.stances(groupBy, year);
                yield ChartDrawing.stances(top == null ? rows : StanceRow.mostAnswered(rows, top));
            }
            case FOLLOWUP_AGES -> ChartDrawing.followUpAges(reports.followUpAges(year, today));
        };
    }

    private QuarterTrend trend(@Nullable Integer year) {
        return reports.trend(year, QUARTERS);
    }

    /**
     * What the dashboard's charts are made of, as counted by the database: equal exactly when the charts and their
     * tables are the same.
     */
    record DashboardCounts(TrendCounts trend, StanceTotals byBody, StanceTotals byTheme, FollowUpAges ages) {}

    /** Each organisation's dashboard has its own counts; a few are kept. */
    private final RecentlyMade<DashboardCounts, List<Figure>> dashboards = new RecentlyMade<>(4);

    /**
     * The dashboard: the trends of all advices, stances per body and per theme, and the open follow-ups by age
     * its caller counted with the rest of the page. The counts are read on every call; the figures are made again
     * only when they differ from those of a recent call.
     */
    List<Figure> dashboard(FollowUpAges ages) {
        DashboardCounts counts = new DashboardCounts(
                reports.trendCounts(QUARTERS),
                reports.stanceTotals(GroupBy.BODY),
                reports.stanceTotals(GroupBy.THEME),
                ages);
        return dashboards.of(counts, ChartFigures::dashboard);
    }

    private static List<Figure> dashboard(DashboardCounts counts) {
        List<Figure> shown = new ArrayList<>(trends(counts.trend().trend(), null));
        shown.add(mostAnswered(Reports.stanceRows(counts.byBody()), GroupBy.BODY));
        shown.add(mostAnswered(Reports.stanceRows(counts.byTheme()), GroupBy.THEME));
        shown.add(ages(counts.ages(), null));
        return List.copyOf(shown);
    }

    private static Figure mostAnswered(List<StanceRow> all, GroupBy groupBy) {
        List<StanceRow> most = StanceRow.mostAnswered(all, DASHBOARD_GROUPS);
        // the chart and its caption say "the ten with the most" only when the others were taken together
        return stances(most, groupBy, null, most == all ? null : DASHBOARD_GROUPS);
    }

    /** The reports: the same figures for the advices the report covers (received in {@code year} if given). */
    List<Figure> reports(GroupBy groupBy, @Nullable Integer year) {
        Figures figures = figures(groupBy, year);
        List<Figure> shown = new ArrayList<>(trends(figures.trend(), year));
        shown.add(stances(figures.groups().stream().map(StanceRow::of).toList(), groupBy, year, null));
        shown.add(ages(figures.ages(), year));
        return shown;
    }

    private static List<Figure> trends(QuarterTrend trend, @Nullable Integer year) {
        if (trend.isEmpty()) {
            return List.of();
        }
        String span = trend.rows().get(0).quarter().dutch() + " tot en met "
                + trend.rows().get(trend.rows().size() - 1).quarter().dutch();
        List<TableRow> counts = new ArrayList<>();
        List<TableRow> onTime = new ArrayList<>();
        List<TableRow> median = new ArrayList<>();
        for (QuarterTrend.Row row : trend.rows()) {
            String quarter = row.quarter().dutch();
            counts.add(new TableRow(quarter, List.of(String.valueOf(row.received()), String.valueOf(row.answered()))));
            onTime.add(new TableRow(
                    quarter,
                    List.of(
                            String.valueOf(row.answered()),
                            String.valueOf(row.answeredOnTime()),
                            percent(row.onTimeShare()))));
            median.add(new TableRow(quarter, List.of(String.valueOf(row.answered()), days(row.medianDaysToAnswer()))));
        }
        return List.of(
                new Figure(
                        "adviezen",
                        Chart.ADVICES.title,
                        src(Chart.ADVICES, null, year),
                        "Staafdiagram van de adviezen per kwartaal, ontvangen en beantwoord, " + span
                                + ". De aantallen staan in de tabel bij de grafiek.",
                        new Table(
                                "Adviezen per kwartaal: ontvangen, en beantwoord (brief verzonden)",
                                List.of("Kwartaal", "Ontvangen", "Beantwoord"),
                                counts)),
                new Figure(
                        "op-tijd",
                        Chart.ON_TIME.title,
                        src(Chart.ON_TIME, null, year),
                        "Staafdiagram van het aandeel adviezen dat op tijd is beantwoord, per kwartaal van beantwoording, "
                                + span + ". De cijfers staan in de tabel bij de grafiek.",
                        new Table(
                                "Op tijd beantwoord, per kwartaal waarin de brief is verzonden",
                                List.of("Kwartaal", "Beantwoord", "Op tijd", "Aandeel op tijd"),
                                onTime)),
                new Figure(
                        "dagen",
                        Chart.MEDIAN_DAYS.title,
                        src(Chart.MEDIAN_DAYS, null, year),
                        "Lijndiagram van het mediane aantal dagen van ontvangst tot antwoord, per kwartaal van beantwoording, "
                                + span + ". De cijfers staan in de tabel bij de grafiek.",
                        new Table(
                                "Dagen van ontvangst tot antwoord (mediaan), per kwartaal waarin de brief is verzonden",
                                List.of("Kwartaal", "Beantwoord", "Mediaan"),
                                median)));
    }

    /** {@code top}: the chart shows only that many groups and the others together, as {@code groups} do. */
    private static Figure stances(
            List<StanceRow> groups, GroupBy groupBy, @Nullable Integer year, @Nullable Integer top) {
        List<String> columns = new ArrayList<>(List.of(capitalised(groupBy.dutch()), "Beantwoorde punten"));
        List<TableRow> rows = new ArrayList<>();
        for (StanceRow group : groups) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(group.answeredPoints())));
            for (ReportRow.StanceShare share : group.stances()) {
                cells.add(share.points() + " (" + percent(share.share()) + ")");
            }
            rows.add(new TableRow(group.group(), cells));
        }
        if (!groups.isEmpty()) {
            groups.get(0).stances().forEach(share -> columns.add(capitalised(share.dutch())));
        }
        return new Figure(
                "standpunten-" + groupBy.name().toLowerCase(Locale.ROOT),
                Chart.STANCES.title + " per " + groupBy.dutch(),
                src(Chart.STANCES, groupBy, year, top),
                "Gestapeld staafdiagram van de standpunten per " + groupBy.dutch()
                        + ", als aandeel van de beantwoorde punten. De aantallen staan in de tabel bij de grafiek.",
                new Table(
                        "Standpunten per " + groupBy.dutch() + ": punten en aandeel van de beantwoorde punten"
                                + (top == null
                                        ? ""
                                        : " (de " + top + " met de meeste beantwoorde punten, de andere samen;"
                                                + " alle in de rapportage)"),
                        columns,
                        rows));
    }

    private static Figure ages(FollowUpAges ages, @Nullable Integer year) {
        List<TableRow> rows = new ArrayList<>();
        for (FollowUpAges.Band band : ages.bands()) {
            rows.add(new TableRow(
                    band.label(),
                    List.of(
                            String.valueOf(band.overdue()),
                            String.valueOf(band.onSchedule()),
                            String.valueOf(band.undated()),
                            String.valueOf(band.total()))));
        }
        return new Figure(
                "toezeggingen-leeftijd",
                Chart.FOLLOWUP_AGES.title,
                src(Chart.FOLLOWUP_AGES, null, year),
                "Gestapeld staafdiagram van de " + ages.total()
                        + " open toezeggingen naar leeftijd, verdeeld in te laat, op schema en zonder datum."
                        + " De aantallen staan in de tabel bij de grafiek.",
                new Table(
                        "Open toezeggingen naar leeftijd (sinds de toezegging is vastgelegd)",
                        List.of("Leeftijd", "Te laat", "Op schema", "Zonder datum", "Totaal"),
                        rows));
    }

    private static String src(Chart chart, @Nullable GroupBy groupBy, @Nullable Integer year) {
        return src(chart, groupBy, year, null);
    }

    private static String src(Chart chart, @Nullable GroupBy groupBy, @Nullable Integer year, @Nullable Integer top) {
        return Pager.Query.of("/dashboard/charts/" + chart.slug() + ".svg")
                .with("groupBy", groupBy == null ? null : groupBy.name().toLowerCase(Locale.ROOT))
                .with("year", year)
                .with("top", top)
                .href();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String percent(@Nullable Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    static String days(@Nullable Double days) {
        if (days == null) {
            return "–";
        }
        return (days == Math.rint(days)
                        ? String.valueOf(days.longValue())
                        : String.format(Locale.forLanguageTag("nl"), "%.1f", days))
                + " dagen";
    }
}
