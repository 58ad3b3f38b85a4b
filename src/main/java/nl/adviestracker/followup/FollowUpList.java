package nl.adviestracker.followup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
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

/** Lists follow-ups across advices with filters and pages, in two SQL statements. */
@Singleton
@Transactional(readOnly = true)
public class FollowUpList {

    private static final Map<String, String> SORTS = Map.of(
            "due", "f.due_on asc nulls last, f.id",
            "owner", "lower(f.owner), f.due_on asc nulls last, f.id",
            "age", "f.created_at asc, f.id");

    private final JdbcOperations jdbc;
    private final Clock clock;

    FollowUpList(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PageOf<FollowUpSummary> find(FollowUpFilter filter, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" where a.deleted_at is null");
        List<Object> args = new ArrayList<>();
        if (filter.status() != null && !filter.status().isBlank()) {
            String status = filter.status().strip().toUpperCase(Locale.ROOT);
            if (status.equals("OPEN_OR_IN_PROGRESS") || filter.status().equalsIgnoreCase("open")) {
                where.append(" and f.status in ('OPEN', 'IN_PROGRESS')");
            } else {
                try {
                    where.append(" and f.status = ?");
                    args.add(FollowUpStatus.valueOf(status).name());
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid("status", "kies uit open, OPEN, IN_PROGRESS, DONE, DROPPED");
                }
            }
        }
        if (filter.bodyId() != null) {
            where.append(" and a.body_id = ?");
            args.add(filter.bodyId());
        }
        if (filter.theme() != null && !filter.theme().isBlank()) {
            where.append(" and lower(a.theme) = lower(?)");
            args.add(filter.theme().strip());
        }
        if (filter.owner() != null && !filter.owner().isBlank()) {
            where.append(" and lower(f.owner) = lower(?)");
            args.add(filter.owner().strip());
        }
        if (filter.overdue() != null) {
            where.append(
                    filter.overdue()
                            ? " and f.status in ('OPEN', 'IN_PROGRESS') and f.due_on < ?"
                            : " and not coalesce(f.status in ('OPEN', 'IN_PROGRESS') and f.due_on < ?, false)");
            args.add(Date.valueOf(today));
        }
        if (filter.dated() != null) {
            where.append(filter.dated() ? " and f.due_on is not null" : " and f.due_on is null");
        }
        String orderBy = SORTS.get(filter.sort() == null || filter.sort().isBlank() ? "due" : filter.sort());
        if (orderBy == null) {
            throw ProblemException.invalid("sort", "kies uit age, due, owner");
        }
        return PagedQuery.run(
                jdbc,
                """
                select f.id, f.advice_id, a.subject, b.name as body_name, a.theme, f.description, f.owner, f.due_on,
                       f.status, f.created_at,
                       exists (select 1 from followup_body_informed i where i.followup_id = f.id) as body_informed""",
                "from followup f join advice a on a.id = f.advice_id join advisory_body b on b.id = a.body_id",
                where.toString(),
                args,
                orderBy,
                page,
                rows -> summary(rows, today));
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
