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
 * How many follow-ups are open, late and undated, in total and per owner and per theme: counted by
 * PostgreSQL in one statement, however many are open.
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
        // grouping sets: one row per owner, one per theme, and the grand total (both keys null)
        return jdbc.prepareStatement("""
                select grouping(lower(f.owner)) as owner_rolled_up, grouping(lower(a.theme)) as theme_rolled_up,
                       min(f.owner collate "C") as owner, min(a.theme collate "C") as theme,
                       count(*) as open, count(*) filter (where f.due_on < ?) as overdue,
                       count(*) filter (where f.due_on is null) as undated, min(f.created_at) as oldest
                from followup f join advice a on a.id = f.advice_id
                where a.deleted_at is null and f.status in ('OPEN', 'IN_PROGRESS')
                group by grouping sets ((lower(f.owner)), (lower(a.theme)), ())""", statement -> {
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
                    LocalDate oldest = rows.getTimestamp("oldest")
                            .toInstant()
                            .atZone(clock.getZone())
                            .toLocalDate();
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
