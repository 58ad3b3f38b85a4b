package nl.adviestracker.report;

import static nl.adviestracker.support.Sql.exec;
import static nl.adviestracker.support.Sql.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.adviestracker.response.Stance;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.support.Accounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Report figures against a data set small enough to count by hand (the comments show the counting).
 * Today is 1 June 2025.
 *
 * <pre>
 * advice body year theme   dept  received   due        answered   days  points and stances         follow-ups
 * 1      A    2024 Armoede DMO   2024-01-10 2024-02-21 2024-02-01 22    ADOPTED x2, NOT_ADOPTED    done
 * 2      A    2024 Armoede DMO   2024-03-01 2024-04-12 2024-04-22 52    PARTLY_ADOPTED x2          open, due 2025-05-01 (overdue)
 * 3      A    2025 Jeugd   Jeugd 2025-01-06 2025-02-17 2025-02-10 35    ADOPTED                    in progress, no date
 * 4      B    2024 Wmo     Wmo   2024-05-01 2024-06-12 2024-06-12 42    NOTED, one unanswered      open, due 2025-12-01
 * 5      B    2025 Wmo     Wmo   2025-03-03 2025-04-14 open (overdue)   two unanswered             -
 * 6      A    2025 -       DMO   2025-05-20 2025-07-01 open             TAKEN_INTO_ACCOUNT         dropped
 * a draft and a deleted advice of body A, each with a point: left out everywhere
 * answered: the day the letter was sent, as its route records it
 * </pre>
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIT {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Inject
    Reports reports;

    @Inject
    ChartFigures charts;

    @Inject
    DataSource dataSource;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @BeforeAll
    void handCountedData() throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            long a = id(c, "insert into advisory_body (name, short_name) values ('Adviesgroep', 'A') returning id");
            long b = id(c, "insert into advisory_body (name, short_name) values ('Wmo-raad', 'B') returning id");
            long a1 = advice(c, a, "2024-01-10", "2024-02-21", "ANSWERED", "'Armoede'", "'DMO'", "2024-02-01");
            long a2 = advice(c, a, "2024-03-01", "2024-04-12", "ANSWERED", "'Armoede'", "'DMO'", "2024-04-22");
            long a3 = advice(c, a, "2025-01-06", "2025-02-17", "ANSWERED", "'Jeugd'", "'Jeugd'", "2025-02-10");
            long a4 = advice(c, b, "2024-05-01", "2024-06-12", "ANSWERED", "'Wmo'", "'Wmo'", "2024-06-12");
            long a5 = advice(c, b, "2025-03-03", "2025-04-14", "RECEIVED", "'Wmo'", "'Wmo'", null);
            long a6 = advice(c, a, "2025-05-20", "2025-07-01", "RECEIVED", "null", "'DMO'", null);
            long draft = advice(c, a, "2025-05-25", "2025-07-06", "DRAFT", "'Armoede'", "'DMO'", null);
            long deleted = advice(c, a, "2025-04-01", "2025-05-13", "RECEIVED", "'Armoede'", "'DMO'", null);
            exec(c, "update advice set deleted_at = now() where id = " + deleted);

            List<Long> p1 = points(c, a1, 3);
            List<Long> p2 = points(c, a2, 2);
            List<Long> p3 = points(c, a3, 1);
            List<Long> p4 = points(c, a4, 2);
            points(c, a5, 2);
            List<Long> p6 = points(c, a6, 1);
            points(c, draft, 1);
            points(c, deleted, 1);
            respond(c, a1, "ADOPTED", p1.get(0), p1.get(1));
            long r2 = respond(c, a1, "NOT_ADOPTED", p1.get(2));
            long r3 = respond(c, a2, "PARTLY_ADOPTED", p2.get(0), p2.get(1));
            long r4 = respond(c, a3, "ADOPTED", p3.get(0));
            long r5 = respond(c, a4, "NOTED", p4.get(0));
            long r6 = respond(c, a6, "TAKEN_INTO_ACCOUNT", p6.get(0));
            followUp(c, r2, a1, "DONE", null);
            followUp(c, r3, a2, "OPEN", "'2025-05-01'");
            followUp(c, r4, a3, "IN_PROGRESS", null);
            followUp(c, r5, a4, "OPEN", "'2025-12-01'");
            followUp(c, r6, a6, "DROPPED", "'2025-01-01'");
        }
    }

    @Test
    void perBody() {
        Report report = reports.of(GroupBy.BODY, null, TODAY);
        Map<String, ReportRow> rows = byGroup(report);
        assertThat(rows.keySet()).containsExactly("Adviesgroep", "Wmo-raad");

        ReportRow a = rows.get("Adviesgroep");
        assertThat(a.advices()).as("1, 2, 3, 6").isEqualTo(4);
        assertThat(a.answered()).isEqualTo(3);
        assertThat(a.answeredOnTime()).as("1 and 3; 2 was ten days late").isEqualTo(2);
        assertThat(a.onTimeShare()).isEqualTo(0.6667);
        assertThat(a.openAnswers()).isEqualTo(1);
        assertThat(a.overdueAnswers()).as("6 is due in July").isZero();
        assertThat(a.medianDaysToAnswer()).as("22, 35, 52").isEqualTo(35.0);
        assertThat(a.p90DaysToAnswer()).as("35 + 0.8 x (52 - 35)").isEqualTo(48.6);
        assertThat(a.points()).as("3 + 2 + 1 + 1").isEqualTo(7);
        assertThat(a.answeredPoints()).isEqualTo(7);
        assertThat(stances(a))
                .containsEntry(Stance.ADOPTED, 3L)
                .containsEntry(Stance.PARTLY_ADOPTED, 2L)
                .containsEntry(Stance.NOT_ADOPTED, 1L)
                .containsEntry(Stance.TAKEN_INTO_ACCOUNT, 1L)
                .containsEntry(Stance.NOTED, 0L);
        assertThat(share(a, Stance.ADOPTED)).as("3 of 7").isEqualTo(0.4286);
        assertThat(a.openFollowUps()).as("open one of 2, in progress one of 3").isEqualTo(2);
        assertThat(a.overdueFollowUps()).isEqualTo(1);
        assertThat(a.undatedFollowUps()).isEqualTo(1);

        ReportRow b = rows.get("Wmo-raad");
        assertThat(b.advices()).isEqualTo(2);
        assertThat(b.answered()).isEqualTo(1);
        assertThat(b.answeredOnTime()).as("answered on its due date is on time").isEqualTo(1);
        assertThat(b.overdueAnswers()).as("5 was due 14 April").isEqualTo(1);
        assertThat(b.medianDaysToAnswer()).isEqualTo(42.0);
        assertThat(b.p90DaysToAnswer()).isEqualTo(42.0);
        assertThat(b.points()).isEqualTo(4);
        assertThat(b.answeredPoints()).isEqualTo(1);
        assertThat(share(b, Stance.NOTED)).isEqualTo(1.0);
        assertThat(b.openFollowUps()).isEqualTo(1);
        assertThat(b.overdueFollowUps()).isZero();

        ReportRow total = report.total();
        assertThat(total.advices()).isEqualTo(6);
        assertThat(total.answered()).isEqualTo(4);
        assertThat(total.answeredOnTime()).isEqualTo(3);
        assertThat(total.medianDaysToAnswer()).as("22, 35, 42, 52").isEqualTo(38.5);
        assertThat(total.p90DaysToAnswer()).as("42 + 0.7 x (52 - 42)").isEqualTo(49.0);
        assertThat(total.points()).isEqualTo(11);
        assertThat(total.answeredPoints()).isEqualTo(8);
        assertThat(total.openFollowUps()).isEqualTo(3);
        assertThat(total.overdueFollowUps()).isEqualTo(1);
        assertThat(total.undatedFollowUps()).isEqualTo(1);
    }

    @Test
    void theTrendOfTheLastQuartersReadsOnlyThemAndCountsWhatTheWholeTrendCountsThere() {
        // a2 was received in the first quarter of 2024 and answered in the second: a window that starts
        // between the two still counts its answer
        QuarterTrend whole = reports.trend(null, 1000);
        assertThat(whole.rows()).hasSizeGreaterThan(4);
        for (int quarters = 1; quarters <= whole.rows().size(); quarters++) {
            assertThat(reports.trend(null, quarters)).as(quarters + " quarters").isEqualTo(whole.last(quarters));
        }
        assertThat(reports.trend(2024, 2)).isEqualTo(reports.trend(2024, 1000).last(2));
    }

    @Test
    void theTrendOfAllYearsFromTheCountsPerQuarterIsTheTrendOfTheAdvices() {
        QuarterTrend counted = reports.trend(null, 1000);
        assertThat(counted.rows()).as("quarters").hasSizeGreaterThan(4);
        assertThat(counted.rows().stream().mapToLong(QuarterTrend.Row::received).sum())
                .as("advices received")
                .isPositive();
        assertThat(counted).isEqualTo(reports.trendOfAdvices(null, 1000));
        assertThat(reports.trend(null, 4)).isEqualTo(reports.trendOfAdvices(null, 4));
    }

    @Test
    void theOpenFollowUpsAgesCountedByTheDatabaseAreThoseCountedOneByOne() throws SQLException {
        List<FollowUpAges.OpenFollowUp> open = new ArrayList<>();
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var rows = c.createStatement().executeQuery("""
                                select (f.created_at at time zone 'Europe/Amsterdam')::date, f.due_on
                                from followup f join advice a on a.id = f.advice_id
                                where a.deleted_at is null and f.status in ('OPEN', 'IN_PROGRESS')""")) {
            while (rows.next()) {
                open.add(new FollowUpAges.OpenFollowUp(
                        rows.getObject(1, LocalDate.class), rows.getObject(2, LocalDate.class)));
            }
        }
        assertThat(open).isNotEmpty();
        LocalDate now = LocalDate.now(DutchDates.ZONE);
        for (LocalDate today :
                List.of(TODAY, now, now.plusDays(31), now.plusDays(100), now.plusDays(200), now.plusDays(400))) {
            assertThat(reports.followUpAges(null, today)).as(today.toString()).isEqualTo(FollowUpAges.of(open, today));
        }
    }

    @Test
    void theStanceChartsCountWhatTheReportCounts() {
        for (GroupBy groupBy : GroupBy.values()) {
            assertThat(reports.stances(groupBy, 2024))
                    .as(groupBy.name())
                    .isEqualTo(reports.of(groupBy, 2024, TODAY).rows().stream()
                            .filter(row -> row.points() > 0)
                            .map(StanceRow::of)
                            .toList());
        }
    }

    @Test
    void perYearThemeAndDepartment() {
        Map<String, ReportRow> years = byGroup(reports.of(GroupBy.YEAR, null, TODAY));
        assertThat(years.keySet()).containsExactly("2024", "2025");
        assertThat(years.get("2024").advices()).as("1, 2, 4").isEqualTo(3);
        assertThat(years.get("2024").medianDaysToAnswer()).as("22, 42, 52").isEqualTo(42.0);
        assertThat(years.get("2024").p90DaysToAnswer()).as("42 + 0.8 x 10").isEqualTo(50.0);
        assertThat(years.get("2024").points()).isEqualTo(7);
        assertThat(years.get("2024").answeredPoints()).isEqualTo(6);
        assertThat(years.get("2024").openFollowUps()).isEqualTo(2);
        assertThat(years.get("2025").advices()).as("3, 5, 6").isEqualTo(3);
        assertThat(years.get("2025").answered()).isEqualTo(1);
        assertThat(years.get("2025").overdueAnswers()).isEqualTo(1);
        assertThat(years.get("2025").undatedFollowUps()).isEqualTo(1);

        Map<String, ReportRow> themes = byGroup(reports.of(GroupBy.THEME, null, TODAY));
        assertThat(themes.keySet()).containsExactlyInAnyOrder("(geen thema)", "Armoede", "Jeugd", "Wmo");
        assertThat(themes.get("Armoede").advices()).isEqualTo(2);
        assertThat(themes.get("Armoede").medianDaysToAnswer()).as("22, 52").isEqualTo(37.0);

        Map<String, ReportRow> departments = byGroup(reports.of(GroupBy.DEPARTMENT, 2025, TODAY));
        assertThat(departments.keySet()).as("2025 only").containsExactlyInAnyOrder("DMO", "Jeugd", "Wmo");
        assertThat(departments.get("DMO").advices()).as("6 only").isEqualTo(1);
        assertThat(departments.get("DMO").answered()).isZero();
        assertThat(departments.get("DMO").medianDaysToAnswer()).isNull();
        assertThat(departments.get("DMO").onTimeShare()).isNull();
    }

    @Test
    void theDashboardsChartsAreKeptWhileTheirCountsStayAndMadeAgainWhenTheyChange() throws SQLException {
        List<ChartFigures.Figure> before = dashboard();
        assertThat(dashboard()).as("the same counts").isSameAs(before);
        assertThat(cells(before, "standpunten-body", "Wmo-raad"))
                .as("answered points, then each stance in order: one point noted")
                .containsExactly("1", "0 (0%)", "0 (0%)", "0 (0%)", "0 (0%)", "1 (100%)", "0 (0%)", "0 (0%)");
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            exec(c, "update response set stance = 'ADOPTED' where stance = 'NOTED'");
            try {
                List<ChartFigures.Figure> after = dashboard();
                assertThat(cells(after, "standpunten-body", "Wmo-raad"))
                        .containsExactly("1", "1 (100%)", "0 (0%)", "0 (0%)", "0 (0%)", "0 (0%)", "0 (0%)", "0 (0%)");
                assertThat(after.stream().filter(f -> !f.id().startsWith("standpunten")))
                        .as("the other charts")
                        .containsExactlyElementsOf(before.stream()
                                .filter(f -> !f.id().startsWith("standpunten"))
                                .toList());
            } finally {
                exec(
                        c,
                        "update response set stance = 'NOTED' where stance = 'ADOPTED' and advice_id = (select a.id"
                                + " from advice a join advisory_body b on b.id = a.body_id where b.name = 'Wmo-raad'"
                                + " and a.status = 'ANSWERED')");
            }
        }
        assertThat(dashboard()).as("the counts as before").isEqualTo(before);
    }

    /** The dashboard's charts, with the open follow-ups by age as the dashboard counts them today. */
    private List<ChartFigures.Figure> dashboard() {
        return charts.dashboard(reports.followUpAges(null, LocalDate.now()));
    }

    private static List<String> cells(List<ChartFigures.Figure> figures, String figure, String row) {
        return figures.stream()
                .filter(f -> f.id().equals(figure))
                .flatMap(f -> f.numbers().rows().stream())
                .filter(r -> r.head().equals(row))
                .findFirst()
                .orElseThrow()
                .cells();
    }

    @Test
    void theApiIsForManagers() {
        var manager = accounts.manager(http);
        var answer = manager.get("/api/reports?groupBy=year");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.at("groupBy")).isEqualTo("YEAR");
        assertThat((List<?>) answer.at("rows")).hasSize(2);
        assertThat(answer.at("total.advices")).isEqualTo(6);
        assertThat(manager.get("/api/reports?groupBy=colour").status()).isEqualTo(400);
        assertThat(accounts.staff(http).get("/api/reports").status()).isEqualTo(403);
    }

    @Test
    void aStanceChartOfTheMostAnsweredGroupsTakesASensibleNumber() {
        var manager = accounts.manager(http);
        assertThat(manager.get("/dashboard/charts/stances.svg?groupBy=body&top=10")
                        .status())
                .isEqualTo(200);
        var refused = manager.get("/dashboard/charts/stances.svg?groupBy=body&top=0");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(String.valueOf(refused.body())).contains("top");
    }

    private static Map<String, ReportRow> byGroup(Report report) {
        return report.rows().stream()
                .collect(Collectors.toMap(
                        ReportRow::group, Function.identity(), (x, y) -> x, java.util.LinkedHashMap::new));
    }

    private static Map<Stance, Long> stances(ReportRow row) {
        return row.stances().stream()
                .collect(Collectors.toMap(ReportRow.StanceShare::stance, ReportRow.StanceShare::points));
    }

    private static Double share(ReportRow row, Stance stance) {
        return row.stances().stream()
                .filter(s -> s.stance() == stance)
                .findFirst()
                .orElseThrow()
                .share();
    }

    private static long advice(
            Connection c,
            long body,
            String received,
            String due,
            String status,
            String theme,
            String department,
            String answeredOn)
            throws SQLException {
        long id = id(
                c,
                "insert into advice (body_id, subject, kind, received_on, response_due_on, status, theme, department)"
                        + " values (" + body + ", 'Advies " + received + "', 'UNSOLICITED', '" + received + "', '" + due
                        + "', '"
                        + status + "', " + theme + ", " + department + ") returning id");
        if (answeredOn != null) {
            exec(
                    c,
                    "insert into letter_route (advice_id, station, sent_on, sent_means) values (" + id + ", 'SENT', '"
                            + answeredOn + "', 'POST')");
        }
        return id;
    }

    private static List<Long> points(Connection c, long advice, int count) throws SQLException {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(id(
                    c,
                    "insert into point (advice_id, position, label, text, kind) values (" + advice + ", " + i + ", '"
                            + i + "', 'Punt', 'RECOMMENDATION') returning id"));
        }
        return ids;
    }

    private static long respond(Connection c, long advice, String stance, Long... points) throws SQLException {
        long id = id(
                c,
                "insert into response (advice_id, stance, text, reason) values (" + advice + ", '" + stance
                        + "', 'Antwoord', 'Reden') returning id");
        for (Long point : points) {
            exec(
                    c,
                    "insert into response_point (point_id, response_id, advice_id) values (" + point + ", " + id + ", "
                            + advice + ")");
        }
        return id;
    }

    private static void followUp(Connection c, long response, long advice, String status, String due)
            throws SQLException {
        exec(
                c,
                "insert into followup (response_id, advice_id, description, owner, due_on, status) values (" + response
                        + ", " + advice + ", 'Toezegging', 'DMO', " + due + ", '" + status + "')");
    }
}
