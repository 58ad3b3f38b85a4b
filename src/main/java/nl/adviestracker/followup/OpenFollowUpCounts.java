package nl.adviestracker.followup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many follow-ups are open, late and undated, in total, per owner, per theme and per age band: summed by
 * PostgreSQL in one statement from the open follow-ups counted per owner, theme, due date and day of recording
 * ({@code open_followup_tally}, kept by triggers), however many are open.
 */
@Singleton
@Transactional(readOnly = true)
public class OpenFollowUpCounts {

    /** The open follow-ups of one owner or theme: how many, how many late, and the age of the oldest. */
    public record Group(String name, int open, int overdue, long oldestDays) {}

    /** The open follow-ups of one age band (numbered from 0, the youngest): late, on schedule and undated. */
    public record AgeCount(int band, long overdue, long onSchedule, long undated) {}

    /** Totals, the groups with the most late (then the most open) first, and the age bands counted (none empty). */
    public record Counts(
            long open, long overdue, long undated, List<Group> byOwner, List<Group> byTheme, List<AgeCount> byAge) {}

    private static final String NO_THEME = "zonder thema";

    private final JdbcOperations jdbc;
    private final Clock clock;

    OpenFollowUpCounts(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@link #on} today. */
    public Counts now(List<Integer> ageBandEnds) {
        return on(LocalDate.now(clock), ageBandEnds);
    }

    /**
     * Late means due before {@code today}; ages are counted in whole days to it. An age band ends at its day in
     * {@code ageBandEnds} (inclusive, ascending), the last band has no end: an age of {@code ageBandEnds.get(0)}
     * days or fewer falls in band 0, one above the last end in band {@code ageBandEnds.size()}.
     */
    public Counts on(LocalDate today, List<Integer> ageBandEnds) {
        // the tally summed per exact owner, theme and age band first (few rows), then grouping sets over those:
        // one row per owner and per theme case-insensitively, and one per age band (together: every open one)
        return jdbc.prepareStatement("""
                with keyed as (
                    select owner, theme, %s as band, sum(followups) as open,
                           sum(followups) filter (where due_on < d.today) as overdue,
                           sum(followups) filter (where due_on >= d.today) as on_schedule,
                           sum(followups) filter (where due_on is null) as undated, min(created_on) as oldest
                    from open_followup_tally cross join (select ?::date as today) d
                    group by owner, theme, band)
                select grouping(lower(owner)) as owner_rolled_up, grouping(lower(theme)) as theme_rolled_up,
                       band, min(owner collate "C") as owner, min(theme collate "C") as theme, sum(open) as open,
                       coalesce(sum(overdue), 0) as overdue, coalesce(sum(on_schedule), 0) as on_schedule,
                       coalesce(sum(undated), 0) as undated, min(oldest) as oldest
                from keyed
                group by grouping sets ((lower(owner)), (lower(theme)), (band))""".formatted(bandNumber(ageBandEnds)), statement -> {
            statement.setDate(1, Date.valueOf(today));
            long open = 0;
            long overdue = 0;
            long undated = 0;
            List<Group> byOwner = new ArrayList<>();
            List<Group> byTheme = new ArrayList<>();
            List<AgeCount> byAge = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    boolean ownerRolledUp = rows.getInt("owner_rolled_up") == 1;
                    boolean themeRolledUp = rows.getInt("theme_rolled_up") == 1;
                    if (ownerRolledUp && themeRolledUp) {
                        AgeCount band = new AgeCount(
                                rows.getInt("band"),
                                rows.getLong("overdue"),
                                rows.getLong("on_schedule"),
                                rows.getLong("undated"));
                        byAge.add(band);
                        open += rows.getLong("open");
                        overdue += band.overdue();
                        undated += band.undated();
                        continue;
                    }
                    LocalDate oldest = rows.getObject("oldest", LocalDate.class);
                    String name = themeRolledUp ? rows.getString("owner") : rows.getString("theme");
                    Group group = new Group(
                            name == null ? NO_THEME : name,
                            rows.getInt("open"),
                            rows.getInt("overdue"),
                            ChronoUnit.DAYS.between(oldest, today));
                    (themeRolledUp ? byOwner : byTheme).add(group);
                }
            }
            Comparator<Group> mostLateFirst = Comparator.comparingInt(Group::overdue)
                    .reversed()
                    .thenComparing(Comparator.comparingInt(Group::open).reversed())
                    .thenComparing(Group::name, String.CASE_INSENSITIVE_ORDER);
            byOwner.sort(mostLateFirst);
            byTheme.sort(mostLateFirst);
            byAge.sort(Comparator.comparingInt(AgeCount::band));
            return new Counts(open, overdue, undated, byOwner, byTheme, List.copyOf(byAge));
        });
    }

    /** The number of the age band of a tally row: numbers the service computes, written into the statement. */
    private static String bandNumber(List<Integer> ageBandEnds) {
        StringBuilder sql = new StringBuilder("case");
        for (int band = 0; band < ageBandEnds.size(); band++) {
            sql.append(" when d.today - created_on <= ")
                    .append(ageBandEnds.get(band).intValue())
                    .append(" then ")
                    .append(band);
        }
        return sql.append(" else ").append(ageBandEnds.size()).append(" end").toString();
    }
}
