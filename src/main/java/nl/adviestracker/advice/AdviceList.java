package nl.adviestracker.advice;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.shared.PagedQuery;
import nl.adviestracker.shared.ProblemException;

/** Lists advices with filters, sorting and pages, in two SQL statements whatever the page size. */
@Singleton
@Transactional(readOnly = true)
public class AdviceList {

    private static final Map<String, String> SORTS = Map.of(
            "due", "a.response_due_on",
            "received", "a.received_on",
            "subject", "lower(a.subject)",
            "status", "a.status");

    private static final String SELECT = """
            select a.id, a.body_id, b.name as body_name, g.name as group_name, a.subject, a.kind, a.status,
                   a.received_on, a.response_due_on, a.theme, a.department,
                   (select count(*) from point p where p.advice_id = a.id) as point_count,
                   (select count(*) from point p where p.advice_id = a.id
                      and not exists (select 1 from response_point rp where rp.point_id = p.id)) as unanswered,
                   (select count(*) from response r where r.advice_id = a.id) as response_count,
                   (select count(*) from followup f where f.advice_id = a.id
                      and f.status in ('OPEN', 'IN_PROGRESS')) as open_followups""";
    private static final String FROM =
            "from advice a join advisory_body b on b.id = a.body_id left join project_group g on g.id = a.project_group_id";

    private final JdbcOperations jdbc;
    private final Clock clock;

    AdviceList(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PageOf<AdviceSummary> find(AdviceFilter filter, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" where a.deleted_at is null");
        List<Object> args = new ArrayList<>();
        if (!filter.includeDrafts()) {
            where.append(" and a.status <> 'DRAFT'");
        }
        if (filter.status() != null) {
            where.append(" and a.status = ?");
            args.add(filter.status().name());
        }
        if (filter.bodyId() != null) {
            where.append(" and a.body_id = ?");
            args.add(filter.bodyId());
        }
        if (filter.theme() != null && !filter.theme().isBlank()) {
            where.append(" and lower(a.theme) = lower(?)");
            args.add(filter.theme().strip());
        }
        if (filter.overdue() != null) {
            where.append(
                    filter.overdue()
                            ? " and a.status <> 'ANSWERED' and a.response_due_on < ?"
                            : " and not (a.status <> 'ANSWERED' and a.response_due_on < ?)");
            args.add(Date.valueOf(today));
        }
        String sortKey = filter.sort() == null || filter.sort().isBlank() ? "due" : filter.sort();
        String orderBy = SORTS.get(sortKey);
        if (orderBy == null) {
            throw ProblemException.invalid(
                    "sort",
                    "kies uit "
                            + String.join(", ", SORTS.keySet().stream().sorted().toList()));
        }
        String direction = filter.descending() ? " desc" : " asc";

        return PagedQuery.run(
                jdbc,
                SELECT,
                FROM,
                where.toString(),
                args,
                orderBy + direction + ", a.id" + direction,
                page,
                rows -> summary(rows, today));
    }

    /** A page of the advices awaiting an answer, and how many of all of them are late. */
    public record Due(PageOf<AdviceSummary> page, long late) {}

    /**
     * How many advices await an answer (received), and how many of those are late. Counted on the advices' own
     * rows: an advice's body is always of its organisation ({@code advice_body_same_organisation}), so
     * {@link #FROM}'s joins would leave none out.
     */
    private static final String AWAITING = "select count(*) as total, count(*) filter (where a.response_due_on < ?)"
            + " as late from advice a where a.deleted_at is null and a.status = 'RECEIVED'";

    /**
     * The advices awaiting an answer, the first due first, as {@link #find} lists them with status RECEIVED and
     * sort "due", with the count over all pages and how many are late, in one statement (the dashboard read
     * them in two).
     */
    public Due due(PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.prepareStatement(
                "with awaiting as (" + AWAITING + ") " + SELECT + ", w.total, w.late " + FROM
                        + " cross join awaiting w where a.deleted_at is null and a.status = 'RECEIVED'"
                        + " order by a.response_due_on asc, a.id asc" + PagedQuery.limitAndOffset(page),
                statement -> {
                    statement.setDate(1, Date.valueOf(today));
                    List<AdviceSummary> items = new ArrayList<>();
                    long total = 0;
                    long late = 0;
                    ResultSet rows = statement.executeQuery();
                    while (rows.next()) {
                        items.add(summary(rows, today));
                        total = rows.getLong("total");
                        late = rows.getLong("late");
                    }
                    if (items.isEmpty() && page.offset() > 0) {
                        // a page past the end has no row to carry the counts
                        return jdbc.prepareStatement(AWAITING, counting -> {
                            counting.setDate(1, Date.valueOf(today));
                            ResultSet counts = counting.executeQuery();
                            counts.next();
                            return new Due(
                                    new PageOf<>(items, page.page(), page.size(), counts.getLong("total")),
                                    counts.getLong("late"));
                        });
                    }
                    return new Due(new PageOf<>(items, page.page(), page.size(), total), late);
                });
    }

    private static AdviceSummary summary(ResultSet rows, LocalDate today) throws SQLException {
        AdviceStatus status = AdviceStatus.valueOf(rows.getString("status"));
        LocalDate due = rows.getDate("response_due_on").toLocalDate();
        return new AdviceSummary(
                rows.getLong("id"),
                rows.getLong("body_id"),
                rows.getString("body_name"),
                rows.getString("group_name"),
                rows.getString("subject"),
                AdviceKind.valueOf(rows.getString("kind")),
                status,
                rows.getDate("received_on").toLocalDate(),
                due,
                status != AdviceStatus.ANSWERED && due.isBefore(today),
                rows.getString("theme"),
                rows.getString("department"),
                rows.getInt("point_count"),
                rows.getInt("unanswered"),
                rows.getInt("response_count"),
                rows.getInt("open_followups"));
    }
}
