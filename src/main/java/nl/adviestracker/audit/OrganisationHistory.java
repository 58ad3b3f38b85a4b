package nl.adviestracker.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.shared.PagedQuery;

/**
 * The audit log of the whole organisation (row-level security keeps it to the organisation at hand),
 * newest first, filtered by who, what kind of record and the days it happened on (Europe/Amsterdam).
 */
@Singleton
@Transactional(readOnly = true)
public class OrganisationHistory {

    private final JdbcOperations jdbc;

    OrganisationHistory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param actor who made the change (a username, or {@value AuditLog#SYSTEM}); null: anyone
     * @param entity the kind of record ("advice", "user", ...); null: every kind
     * @param from the first day; null: from the beginning
     * @param to the last day, included; null: up to now
     */
    public record Filter(
            @Nullable String actor,
            @Nullable String entity,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    /** One recorded change with the advice it belongs to, if any. */
    public record Change(AuditEvent event, @Nullable Long adviceId) {}

    public PageOf<Change> find(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (filter.actor() != null) {
            where.append(" and actor = ?");
            args.add(filter.actor());
        }
        if (filter.entity() != null) {
            where.append(" and entity = ?");
            args.add(filter.entity());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(Timestamp.from(filter.from().atStartOfDay(DutchDates.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(Timestamp.from(
                    filter.to().plusDays(1).atStartOfDay(DutchDates.ZONE).toInstant()));
        }
        return PagedQuery.run(
                jdbc,
                "select id, occurred_at, actor, action, entity, entity_id, before::text, after::text, advice_id",
                "from audit_event",
                where.toString(),
                args,
                "occurred_at desc, id desc",
                page,
                rows -> new Change(
                        new AuditEvent(
                                rows.getLong(1),
                                rows.getTimestamp(2).toInstant(),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getLong(6),
                                rows.getString(7),
                                rows.getString(8)),
                        rows.getObject(9) == null ? null : rows.getLong(9)));
    }

    /** Everyone who changed something, for the filter. */
    public List<String> actors() {
        return distinct("actor");
    }

    /** Every kind of record that was changed, for the filter. */
    public List<String> entities() {
        return distinct("entity");
    }

    private List<String> distinct(String column) {
        return jdbc.prepareStatement(
                "select distinct " + column + " from audit_event order by 1 limit 1000", statement -> {
                    ResultSet rows = statement.executeQuery();
                    List<String> values = new ArrayList<>();
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                    return values;
                });
    }
}
