package nl.adviestracker.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.adviestracker.followup.OpenFollowUpCounts;
import nl.adviestracker.response.Stance;

/**
 * Management figures: advices, points, stances, time to answer, answers on time, open and overdue
 * follow-ups, per body, theme, department or year. Three SQL statements per grouping, however many
 * advices there are; the stances come from the points counted per advice ({@code advice_stance_tally}), or of
 * all years per body or theme from their totals ({@code body_stance_total}, {@code theme_stance_total}).
 *
 * <p>An advice was answered on the day its reply letter was sent, as recorded on the letter's route. Stance shares count points, so a
 * response covering points 1 to 4 counts four times.
 */
@Singleton
@Transactional(readOnly = true)
public class Reports {

    static final String TOTAL = "Totaal";

    /** The grouping of everything into one row, {@link #TOTAL}. */
    private static final String TOTAL_KEY = "'" + TOTAL + "'";

    /**
     * The columns of {@code body_stance_total} and {@code theme_stance_total} (changeset 415): the points not
     * answered yet, then those of each stance in {@link Stance}'s order, each named after its stance.
     */
    private static final List<String> STANCE_COLUMNS = Stream.concat(
                    Stream.of("not_answered"),
                    Arrays.stream(Stance.values()).map(stance -> stance.name().toLowerCase(Locale.ROOT)))
            .toList();

    /** The stance columns of a total {@code t}, as they are. */
    private static final String STANCE_COLUMNS_OF_T =
            STANCE_COLUMNS.stream().map(column -> ", t." + column).collect(Collectors.joining());

    /** The stance columns of the totals {@code t}, summed. */
    private static final String STANCE_COLUMNS_SUMMED = STANCE_COLUMNS.stream()
            .map(column -> ", coalesce(sum(t." + column + "), 0)")
            .collect(Collectors.joining());

    // not materialized: a query that reads a few letters finds them through the indexes of letter_route
    private static final String ANSWERED = """
            with answered as not materialized (
                select r.advice_id, r.sent_on as answered_on
                from letter_route r
                where r.station = 'SENT')
            """;

    private final JdbcOperations jdbc;
    private final OpenFollowUpCounts openFollowUps;
    private final ZoneId zone;

    Reports(JdbcOperations jdbc, OpenFollowUpCounts openFollowUps, Clock clock) {
        this.jdbc = jdbc;
        this.openFollowUps = openFollowUps;
        this.zone = clock.getZone();
    }

    /**
     * Advices per quarter (received, answered, on time, median days) for the same advices as {@link #of}:
     * submitted, not deleted, received in {@code year} if given; the last {@code quarters} quarters up to the
     * latest receipt or answer (fewer when the first receipt is later). Only the advices that count in those
     * quarters are read: received in them, or answered in them and received before.
     */
    public QuarterTrend trend(@Nullable Integer year, int quarters) {
        return year == null ? countedTrend(quarters) : trendOfAdvices(year, quarters);
    }

    /** {@link #trend} read from the advices themselves, of all years when {@code year} is null. */
    QuarterTrend trendOfAdvices(@Nullable Integer year, int quarters) {
        String sql = ANSWERED + """
                , span as (
                    select (select min(a.received_on) from advice a %1$s) as earliest,
                           greatest(
                               (select max(a.received_on) from advice a %1$s),
                               (select ans.answered_on from answered ans join advice a on a.id = ans.advice_id
                                %1$s and a.status = 'ANSWERED' order by ans.answered_on desc limit 1)) as latest),
                first_day as (
                    select greatest(date_trunc('quarter', earliest),
                                    date_trunc('quarter', latest) - make_interval(months => 3 * (? - 1)))::date as day
                    from span)
                select a.received_on, a.response_due_on,
                       case when a.status = 'ANSWERED' then ans.answered_on end as answered_on,
                       (select day from first_day) as first_day
                from advice a left join answered ans on ans.advice_id = a.id
                %1$s and a.received_on >= (select day from first_day)
                union all
                select a.received_on, a.response_due_on, ans.answered_on, (select day from first_day)
                from answered ans join advice a on a.id = ans.advice_id
                %1$s and a.status = 'ANSWERED' and ans.answered_on >= (select day from first_day)
                  and a.received_on < (select day from first_day)""".formatted(where(year));
        List<QuarterTrend.AdviceDates> advices = new ArrayList<>();
        LocalDate firstDay = jdbc.prepareStatement(sql, statement -> {
            statement.setInt(1, quarters);
            ResultSet rows = statement.executeQuery();
            LocalDate first = null;
            while (rows.next()) {
                first = rows.getObject("first_day", LocalDate.class);
                // LocalDate straight from the driver: java.sql.Date's calendar arithmetic cost more than the query
                advices.add(new QuarterTrend.AdviceDates(
                        rows.getObject("received_on", LocalDate.class),
                        rows.getObject("response_due_on", LocalDate.class),
                        rows.getObject("answered_on", LocalDate.class)));
            }
            return first;
        });
        return QuarterTrend.of(advices, firstDay == null ? null : Quarter.of(firstDay))
                .last(quarters);
    }

    /**
     * The trend of all years from the advices counted per quarter ({@code advice_quarter_tally}, kept by triggers):
     * the rows of the last {@code quarters} quarters up to the last one counted, not before the first receipt.
     */
    private QuarterTrend countedTrend(int quarters) {
        return trendCounts(quarters).trend();
    }

    /** What the trend of all years over the last {@code quarters} quarters is made of, as counted. */
    TrendCounts trendCounts(int quarters) {
        return jdbc.prepareStatement("""
                with first_quarter as (
                    select greatest(
                        (select min(quarter) from advice_quarter_tally where kind = 'RECEIVED'),
                        ((select max(quarter) from advice_quarter_tally) - make_interval(months => 3 * (? - 1)))::date
                    ) as day)
                select extract(year from f.day)::int, extract(quarter from f.day)::int,
                       extract(year from t.quarter)::int, extract(quarter from t.quarter)::int,
                       t.days, t.on_time, t.advices
                from first_quarter f
                left join advice_quarter_tally t on t.quarter >= f.day""", statement -> {
            statement.setInt(1, quarters);
            return TrendCounts.read(statement.executeQuery());
        });
    }

    /**
     * The open follow-ups of the same advices as {@link #of}, by age as of {@code today}. Of all years, they
     * are counted per band as the dashboard counts them ({@link OpenFollowUpCounts}, from the open follow-ups
     * counted per day of recording and due date); follow-ups belong to responses, which a draft advice has none of.
     */
    public FollowUpAges followUpAges(@Nullable Integer year, LocalDate today) {
        if (year == null) {
            return FollowUpAges.counted(
                    openFollowUps.on(today, FollowUpAges.BAND_ENDS).byAge());
        }
        List<FollowUpAges.OpenFollowUp> open = new ArrayList<>();
        query(
                "select f.created_at, f.due_on from advice a join followup f on f.advice_id = a.id" + where(year)
                        + " and f.status in ('OPEN', 'IN_PROGRESS')",
                null,
                rows -> open.add(new FollowUpAges.OpenFollowUp(
                        rows.getObject("created_at", java.time.OffsetDateTime.class)
                                .atZoneSameInstant(zone)
                                .toLocalDate(),
                        rows.getObject("due_on", LocalDate.class))));
        return FollowUpAges.of(open, today);
    }

    private static String where(@Nullable Integer year) {
        return " where a.deleted_at is null and a.status <> 'DRAFT'"
                + (year == null ? "" : " and extract(year from a.received_on) = " + year.intValue());
    }

    /** The figures grouped, for advices received in {@code year} if given, with "overdue" as of {@code today}. */
    public Report of(GroupBy groupBy, @Nullable Integer year, LocalDate today) {
        Map<String, Builder> groups = figures(groupBy.sql, year, today);
        Builder total = figures(TOTAL_KEY, year, today).getOrDefault(TOTAL, new Builder(TOTAL));
        return new Report(
                groupBy,
                today,
                year,
                groups.values().stream().map(Builder::build).toList(),
                total.build());
    }

    private Map<String, Builder> figures(String key, @Nullable Integer year, LocalDate today) {
        Map<String, Builder> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String where = where(year);
        String from = " from advice a join advisory_body b on b.id = a.body_id";
        query(
                ANSWERED + "select " + key + " as grp, count(*) as advices,"
                        + " count(*) filter (where a.status = 'ANSWERED') as answered,"
                        + " count(*) filter (where a.status = 'ANSWERED' and ans.answered_on <= a.response_due_on) as on_time,"
                        + " count(*) filter (where a.status <> 'ANSWERED') as open_answers,"
                        + " count(*) filter (where a.status <> 'ANSWERED' and a.response_due_on < ?) as overdue_answers,"
                        + " percentile_cont(0.5) within group (order by (ans.answered_on - a.received_on)::double precision)"
                        + "   filter (where a.status = 'ANSWERED' and ans.answered_on is not null) as median_days,"
                        + " percentile_cont(0.9) within group (order by (ans.answered_on - a.received_on)::double precision)"
                        + "   filter (where a.status = 'ANSWERED' and ans.answered_on is not null) as p90_days"
                        + from + " left join answered ans on ans.advice_id = a.id" + where + " group by 1",
                today,
                rows -> {
                    Builder g = groups.computeIfAbsent(rows.getString("grp"), Builder::new);
                    g.advices = rows.getLong("advices");
                    g.answered = rows.getLong("answered");
                    g.onTime = rows.getLong("on_time");
                    g.openAnswers = rows.getLong("open_answers");
                    g.overdueAnswers = rows.getLong("overdue_answers");
                    g.median = nullableDouble(rows, "median_days");
                    g.p90 = nullableDouble(rows, "p90_days");
                });
        countStances(key, year, groups);
        query(
                "select " + key + " as grp, count(*) as open,"
                        + " count(*) filter (where f.due_on < ?) as overdue,"
                        + " count(*) filter (where f.due_on is null) as undated"
                        + from + " join followup f on f.advice_id = a.id and f.status in ('OPEN', 'IN_PROGRESS')"
                        + where
                        + " group by 1",
                today,
                rows -> {
                    Builder g = groups.computeIfAbsent(rows.getString("grp"), Builder::new);
                    g.openFollowUps = rows.getLong("open");
                    g.overdueFollowUps = rows.getLong("overdue");
                    g.undatedFollowUps = rows.getLong("undated");
                });
        return groups;
    }

    /**
     * Only the stances per group, for a chart: one statement over the points counted per advice and
     * stance ({@code advice_stance_tally}, kept by triggers), not the whole report.
     */
    List<StanceRow> stances(GroupBy groupBy, @Nullable Integer year) {
        Map<String, Builder> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        countStances(groupBy.sql, year, groups);
        return stanceRows(groups);
    }

    /**
     * The stances of all years per body or per theme as the triggers summed them, for a caller that keeps what it
     * made of them: {@link #stanceRows(StanceTotals)} makes the rows {@link #stances} gives.
     */
    StanceTotals stanceTotals(GroupBy groupBy) {
        String sql = stanceTotals(groupBy.sql, null);
        if (sql == null) {
            throw new IllegalArgumentException("No stance totals are kept per " + groupBy);
        }
        return readTotals(sql);
    }

    private StanceTotals readTotals(String sql) {
        return jdbc.prepareStatement(sql, statement -> StanceTotals.read(statement.executeQuery()));
    }

    /** The rows of a stance chart, by group name as {@link #stances} orders them. */
    static List<StanceRow> stanceRows(StanceTotals totals) {
        Map<String, Builder> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        count(totals, groups);
        return stanceRows(groups);
    }

    private static List<StanceRow> stanceRows(Map<String, Builder> groups) {
        List<StanceRow> rows = new ArrayList<>(groups.size());
        for (Builder g : groups.values()) {
            rows.add(new StanceRow(g.group, g.answeredPoints, g.shares()));
        }
        return List.copyOf(rows);
    }

    private void countStances(String key, @Nullable Integer year, Map<String, Builder> groups) {
        String totals = stanceTotals(key, year);
        if (totals != null) {
            count(readTotals(totals), groups);
            return;
        }
        query(
                "select " + key + " as grp, t.stance, sum(t.points) as points"
                        + " from advice a join advisory_body b on b.id = a.body_id"
                        + " join advice_stance_tally t on t.advice_id = a.id" + where(year) + " group by 1, 2",
                null,
                rows -> count(groups, rows.getString("grp"), rows));
    }

    /**
     * The stances of all years per body, per theme or in total come from the points kept per body and per theme
     * ({@code body_stance_total}, {@code theme_stance_total}, kept by triggers for the advices that count:
     * submitted, not deleted): a row per body or theme with a column per stance, read as they are (see
     * {@link StanceTotals}) instead of summing every advice's tally. Null for what they do not hold.
     */
    private static @Nullable String stanceTotals(String key, @Nullable Integer year) {
        if (year != null) {
            return null;
        }
        if (key.equals(GroupBy.BODY.sql)) {
            return "select b.name" + STANCE_COLUMNS_OF_T
                    + " from body_stance_total t join advisory_body b on b.id = t.body_id";
        }
        if (key.equals(GroupBy.THEME.sql)) {
            return "select coalesce(t.theme, '(geen thema)')" + STANCE_COLUMNS_SUMMED
                    + " from theme_stance_total t group by 1";
        }
        if (key.equals(TOTAL_KEY)) {
            return "select " + TOTAL_KEY + STANCE_COLUMNS_SUMMED + " from theme_stance_total t";
        }
        return null;
    }

    /** Adds each group's points of {@code totals} to it. */
    private static void count(StanceTotals totals, Map<String, Builder> groups) {
        Stance[] stances = Stance.values();
        for (int row = 0; row < totals.size(); row++) {
            Builder g = groups.computeIfAbsent(totals.group(row), Builder::new);
            g.points += totals.notAnswered(row);
            for (Stance stance : stances) {
                long points = totals.points(row, stance);
                g.points += points;
                if (points > 0) {
                    g.answeredPoints += points;
                    g.stances.merge(stance, points, Long::sum);
                }
            }
        }
    }

    /** Adds the points of one stance row ({@code stance}, {@code points}) to its group. */
    private static void count(Map<String, Builder> groups, String group, ResultSet rows) throws SQLException {
        Builder g = groups.computeIfAbsent(group, Builder::new);
        long points = rows.getLong("points");
        g.points += points;
        String stance = rows.getString("stance");
        if (stance != null) {
            g.answeredPoints += points;
            g.stances.merge(Stance.valueOf(stance), points, Long::sum);
        }
    }

    private interface RowHandler {
        void row(ResultSet rows) throws SQLException;
    }

    /** Runs {@code sql}, whose one parameter (if {@code today} is given) is today. */
    private void query(String sql, @Nullable LocalDate today, RowHandler handler) {
        jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            if (today != null) {
                statement.setDate(1, Date.valueOf(today));
            }
            ResultSet rows = statement.executeQuery();
            while (rows.next()) {
                handler.row(rows);
            }
            return null;
        });
    }

    private static Double nullableDouble(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    private static final class Builder {
        final String group;
        long advices;
        long answered;
        long onTime;
        long openAnswers;
        long overdueAnswers;
        Double median;
        Double p90;
        long points;
        long answeredPoints;
        final Map<Stance, Long> stances = new EnumMap<>(Stance.class);
        long openFollowUps;
        long overdueFollowUps;
        long undatedFollowUps;

        Builder(String group) {
            this.group = group;
        }

        List<ReportRow.StanceShare> shares() {
            List<ReportRow.StanceShare> shares = new ArrayList<>();
            for (Stance stance : Stance.values()) {
                long count = stances.getOrDefault(stance, 0L);
                shares.add(new ReportRow.StanceShare(stance, stance.dutch(), count, share(count, answeredPoints)));
            }
            return shares;
        }

        ReportRow build() {
            return new ReportRow(
                    group,
                    advices,
                    answered,
                    onTime,
                    share(onTime, answered),
                    openAnswers,
                    overdueAnswers,
                    round(median),
                    round(p90),
                    points,
                    answeredPoints,
                    shares(),
                    openFollowUps,
                    overdueFollowUps,
                    undatedFollowUps);
        }

        private static Double share(long part, long whole) {
            return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
        }

        private static Double round(Double value) {
            return value == null ? null : Math.round(value * 10.0) / 10.0;
        }
    }
}
