package nl.adviestracker.retention;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.Versions;

/** The organisation's retention periods, one per kind of record; a kind it has not set has the default. */
@Singleton
public class RetentionPeriods {

    static final int MAX_BASIS = 500;

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    RetentionPeriods(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every kind's period, in the order of {@link RecordKind}. */
    @Transactional(readOnly = true)
    public Map<RecordKind, RetentionPeriod> all() {
        Map<RecordKind, RetentionPeriod> periods = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            periods.put(kind, kind.defaultPeriod());
        }
        jdbc.prepareStatement(
                "select record_kind, amount, unit, basis, updated_by, updated_at, version from retention_period",
                statement -> {
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            RetentionPeriod period = read(rows);
                            periods.put(period.kind(), period);
                        }
                    }
                    return null;
                });
        return periods;
    }

    @Transactional(readOnly = true)
    public RetentionPeriod of(RecordKind kind) {
        return all().get(kind);
    }

    /**
     * Sets one kind's period ({@code amount} null: kept for ever). {@code version} is the version the
     * admin changed: null for a kind that still has its default.
     */
    @Transactional
    public RetentionPeriod set(
            RecordKind kind,
            @Nullable Integer amount,
            @Nullable RetentionUnit unit,
            @Nullable String basis,
            @Nullable Integer version) {
        List<FieldProblem> problems = new ArrayList<>();
        if (amount != null && (amount < 1 || amount > 1000)) {
            problems.add(
                    new FieldProblem("amount", "moet tussen 1 en 1000 liggen, of leeg zijn voor blijvend bewaren"));
        }
        if (unit == null) {
            problems.add(new FieldProblem("unit", "is verplicht"));
        }
        if (basis == null || basis.isBlank()) {
            problems.add(new FieldProblem(
                    "basis", "is verplicht: noem de categorie van de selectielijst of een andere grond"));
        } else if (basis.length() > MAX_BASIS) {
            problems.add(new FieldProblem("basis", "is langer dan " + MAX_BASIS + " tekens"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        RetentionPeriod before = of(kind);
        if (!before.isDefault()) {
            Versions.requireCurrent(version, before.version(), "De bewaartermijn", before);
        }
        String actor = audit.actor();
        jdbc.prepareStatement("""
                insert into retention_period (record_kind, amount, unit, basis, updated_by)
                values (?, ?, ?, ?, ?)
                on conflict (organisation_id, record_kind) do update
                set amount = excluded.amount, unit = excluded.unit, basis = excluded.basis,
                    updated_by = excluded.updated_by, updated_at = now(), version = retention_period.version + 1""", statement -> {
            statement.setString(1, kind.name());
            if (amount == null) {
                statement.setNull(2, Types.INTEGER);
            } else {
                statement.setInt(2, amount);
            }
            statement.setString(3, unit.name());
            statement.setString(4, basis.strip());
            statement.setString(5, actor);
            return statement.executeUpdate();
        });
        RetentionPeriod after = of(kind);
        audit.updated("retention_period", kind.ordinal(), null, before, after);
        return after;
    }

    private static RetentionPeriod read(ResultSet rows) throws SQLException {
        Object amount = rows.getObject(2);
        return new RetentionPeriod(
                RecordKind.valueOf(rows.getString(1)),
                amount == null ? null : ((Number) amount).intValue(),
                RetentionUnit.valueOf(rows.getString(3)),
                rows.getString(4),
                false,
                rows.getString(5),
                rows.getTimestamp(6).toInstant(),
                rows.getInt(7));
    }
}
