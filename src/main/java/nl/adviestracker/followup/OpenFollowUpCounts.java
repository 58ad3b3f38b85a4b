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
 * How many follow-ups are open, late and undated, in total and per owner and per theme: summed by
 * PostgreSQL in one statement from the open follow-ups counted per owner, theme, due date and day of
 * recording ({@code open_followup_tally}, kept by triggers), however many are open.
 */
@Singleton
@Transactional(readOnly = true)
public class OpenFollowUpCounts {

    /** The open follow-ups of one owner or theme: how many, how many late, and the age of the oldest. */
    public record Group(String name, int open, int overdue, long oldestDays) {}

    /** Totals, and the groups with the most late (then the most open) first. */
    public record Counts(long open, long overdue, long undated, List<Group> byOwner, List<Group> byTheme) {}

    private static final String NO_THEME = "zonder thema";

    private final JdbcOperations jdbc;
    private final Clock clock;

    OpenFollowUpCounts(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Counts now() {
        return on(LocalDate.now(clock));
    }

    /** Late means due before {@code today}; ages are counted in whole days to it. */
    public Counts on(LocalDate today) {
        // the tally summed per exact owner and theme first (few rows), then grouping sets over those: one row
        // per owner and per theme case-insensitively, and the grand total (both keys null)
        return jdbc.prepareStatement("""
                with keyed as (
                    select owner, theme, sum(followups) as open,
                           sum(followups) filter (where due_on < ?) as overdue,
                           sum(followups) filter (where due_on is null) as undated, min(created_on) as oldest
                    from open_followup_tally group by owner, theme)
                select grouping(lower(owner)) as owner_rolled_up, grouping(lower(theme)) as theme_rolled_up,
                       min(owner collate "C") as owner, min(theme collate "C") as theme, sum(open) as open,
                       coalesce(sum(overdue), 0) as overdue, coalesce(sum(undated), 0) as undated, min(oldest) as oldest
                from keyed
                group by grouping sets ((lower(owner)), (lower(theme)), ())""", statement -> {
            statement.setDate(1, Date.valueOf(today));
            long open = 0;
            long overdue = 0;
            long undated = 0;
            List<Group> byOwner = new ArrayList<>();
            List<Group> byTheme = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    boolean ownerRolledUp = rows.getInt("owner_rolled_up") == 1;
                    boolean themeRolledUp = rows.getInt("theme_rolled_up") == 1;
                    if (ownerRolledUp && themeRolledUp) {
                        open = rows.getLong("open");
                        overdue = rows.getLong("overdue");
                        undated = rows.getLong("undated");
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
            return new Counts(open, overdue, undated, byOwner, byTheme);
        });
    }
}
