package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.shared.PagedQuery;
import nl.adviestracker.shared.ProblemException;

/**
 * Lists follow-ups across advices with filters and pages, in one SQL statement with the count over all pages
 * ({@link PagedQuery#counted}), so without a transaction: BEGIN and COMMIT would be two more round trips, and
 * one statement reads one snapshot. A list of open ones counts its total from the open follow-ups counted per
 * owner, theme and dates ({@code open_followup_tally}) unless it is filtered by body, which that count does not hold.
 */
@Singleton
@Connectable
public class FollowUpList {

    private static final Map<String, String> SORTS = Map.of(
            "due", "f.due_on asc nulls last, f.id",
            "owner", "lower(f.owner), f.due_on asc nulls last, f.id",
            "age", "f.created_at asc, f.id");

    /** Where a filter finds its columns: the follow-ups with their advice, or the open ones counted. */
    private record Columns(String openOnes, String owner, String theme, String dueOn) {}

    private static final Columns FOLLOWUPS =
            new Columns("f.status in ('OPEN', 'IN_PROGRESS')", "f.owner", "a.theme", "f.due_on");
    private static final Columns TALLY = new Columns("true", "t.owner", "t.theme", "t.due_on");

    private record Where(String sql, List<Object> args) {}

    private final JdbcOperations jdbc;
    private final Clock clock;

    FollowUpList(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PageOf<FollowUpSummary> find(FollowUpFilter filter, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        String orderBy = SORTS.get(filter.sort() == null || filter.sort().isBlank() ? "due" : filter.sort());
        if (orderBy == null) {
            throw ProblemException.invalid("sort", "kies uit age, due, owner");
        }
        String status = status(filter);
        Where where = where(filter, status, today, FOLLOWUPS);
        String select = """
                select f.id, f.advice_id, a.subject, b.name as body_name, a.theme, f.description, f.owner, f.due_on,
                       f.status, f.created_at,
                       exists (select 1 from followup_body_informed i where i.followup_id = f.id) as body_informed""";
        String from = "from followup f join advice a on a.id = f.advice_id join advisory_body b on b.id = a.body_id";
        if (!"open".equals(status) || filter.bodyId() != null) {
            return PagedQuery.run(
                    jdbc, select, from, where.sql(), where.args(), orderBy, page, rows -> summary(rows, today));
        }
        Where counted = where(filter, status, today, TALLY);
        return PagedQuery.counted(
                jdbc,
                "select coalesce(sum(t.followups), 0) from open_followup_tally t" + counted.sql(),
                counted.args(),
                select,
                from,
                where.sql(),
                where.args(),
                orderBy,
                page,
                rows -> summary(rows, today));
    }

    /** "open" for OPEN or IN_PROGRESS, one status's name, or null for all. */
    private static @Nullable String status(FollowUpFilter filter) {
        if (filter.status() == null || filter.status().isBlank()) {
            return null;
        }
        String status = filter.status().strip().toUpperCase(Locale.ROOT);
        if (status.equals("OPEN_OR_IN_PROGRESS") || status.equals("OPEN")) {
            return "open";
        }
        try {
            return FollowUpStatus.valueOf(status).name();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "kies uit open, OPEN, IN_PROGRESS, DONE, DROPPED");
        }
    }

    /** The filter over {@code columns}; the counted open ones are only open ones of advices not deleted. */
    private static Where where(FollowUpFilter filter, @Nullable String status, LocalDate today, Columns columns) {
        boolean counted = columns == TALLY;
        StringBuilder where = new StringBuilder(counted ? " where true" : " where a.deleted_at is null");
        List<Object> args = new ArrayList<>();
        if ("open".equals(status)) {
            where.append(" and ").append(columns.openOnes());
        } else if (status != null) {
            where.append(" and f.status = ?");
            args.add(status);
        }
        if (filter.bodyId() != null) {
            where.append(" and a.body_id = ?");
            args.add(filter.bodyId());
        }
        if (filter.theme() != null && !filter.theme().isBlank()) {
            where.append(" and lower(").append(columns.theme()).append(") = lower(?)");
            args.add(filter.theme().strip());
        }
        if (filter.owner() != null && !filter.owner().isBlank()) {
            where.append(" and lower(").append(columns.owner()).append(") = lower(?)");
            args.add(filter.owner().strip());
        }
        if (filter.overdue() != null) {
            String late = columns.openOnes() + " and " + columns.dueOn() + " < ?";
            where.append(filter.overdue() ? " and " + late : " and not coalesce(" + late + ", false)");
            args.add(Date.valueOf(today));
        }
        if (filter.dated() != null) {
            where.append(" and ").append(columns.dueOn()).append(filter.dated() ? " is not null" : " is null");
        }
        return new Where(where.toString(), args);
    }

    private FollowUpSummary summary(ResultSet rows, LocalDate today) throws SQLException {
        FollowUpStatus status = FollowUpStatus.valueOf(rows.getString("status"));
        Date due = rows.getDate("due_on");
        LocalDate dueOn = due == null ? null : due.toLocalDate();
        LocalDate created = rows.getTimestamp("created_at")
                .toInstant()
                .atZone(clock.getZone())
                .toLocalDate();
        return new FollowUpSummary(
                rows.getLong("id"),
                rows.getLong("advice_id"),
                rows.getString("subject"),
                rows.getString("body_name"),
                rows.getString("theme"),
                rows.getString("description"),
                rows.getString("owner"),
                dueOn,
                status,
                status.isOpen() && dueOn != null && dueOn.isBefore(today),
                ChronoUnit.DAYS.between(created, today),
                rows.getBoolean("body_informed"));
    }
}
