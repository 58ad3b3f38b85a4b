package nl.adviestracker.verdict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.adviestracker.shared.ProblemException;

/** Shares of satisfied verdicts per theme, department, year or body: one SQL statement per report. */
@Singleton
@Transactional(readOnly = true)
public class VerdictReport {

    /** What the shares are grouped by; each an SQL expression over advice {@code a} and body {@code b}. */
    public enum Grouping {
        THEME("thema", "coalesce(a.theme, '(geen thema)')"),
        DEPARTMENT("afdeling", "coalesce(a.department, '(geen afdeling)')"),
        YEAR("jaar", "extract(year from a.received_on)::int::text"),
        BODY("adviesorgaan", "b.name");

        private final String dutch;
        private final String sql;

        Grouping(String dutch, String sql) {
            this.dutch = dutch;
            this.sql = sql;
        }

        public String dutch() {
            return dutch;
        }

        public static Grouping parse(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return THEME;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("groupBy", "kies uit theme, department, year of body");
            }
        }
    }

    static final String TOTAL = "Totaal";

    private final JdbcOperations jdbc;

    VerdictReport(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The shares for advices received in {@code year}, or in every year when it is null. */
    public VerdictShares of(Grouping grouping, @Nullable Integer year) {
        List<VerdictShares.Row> rows = rows(grouping.sql, year);
        List<VerdictShares.Row> total = rows("'" + TOTAL + "'", year);
        return new VerdictShares(
                grouping.name().toLowerCase(Locale.ROOT),
                year,
                rows,
                total.isEmpty() ? new VerdictShares.Row(TOTAL, 0, 0, 0, 0, 0, null) : total.get(0));
    }

    private List<VerdictShares.Row> rows(String groupSql, @Nullable Integer year) {
        String sql = "select " + groupSql + " as grp, count(*) as verdicts,"
                + " count(*) filter (where v.judgement = 'SATISFIED') as satisfied,"
                + " count(*) filter (where v.judgement = 'PARTLY') as partly,"
                + " count(*) filter (where v.judgement = 'NOT_SATISFIED') as not_satisfied,"
                + " count(*) filter (where v.conversation_wanted) as conversations"
                + " from response_verdict v"
                + " join advice a on a.id = v.advice_id and a.deleted_at is null"
                + " join advisory_body b on b.id = a.body_id"
                + " where not exists (select 1 from response_verdict later where later.replaces_id = v.id)"
                + (year == null ? "" : " and extract(year from a.received_on) = ?")
                + " group by 1 order by 1";
        return jdbc.prepareStatement(sql, statement -> {
            if (year != null) {
                statement.setInt(1, year);
            }
            List<VerdictShares.Row> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        });
    }

    /**
     * The shares for one body's advices whose reply letter was sent between {@code from} and {@code to}
     * (inclusive), as the report to the council counts them; {@code group} names the row.
     */
    public VerdictShares.Row ofAnswered(long bodyId, java.time.LocalDate from, java.time.LocalDate to, String group) {
        String sql = "select ? as grp, count(*) as verdicts,"
                + " count(*) filter (where v.judgement = 'SATISFIED') as satisfied,"
                + " count(*) filter (where v.judgement = 'PARTLY') as partly,"
                + " count(*) filter (where v.judgement = 'NOT_SATISFIED') as not_satisfied,"
                + " count(*) filter (where v.conversation_wanted) as conversations"
                + " from response_verdict v"
                + " join advice a on a.id = v.advice_id and a.deleted_at is null"
                + " join letter_route lr on lr.advice_id = a.id and lr.station = 'SENT'"
                + " where not exists (select 1 from response_verdict later where later.replaces_id = v.id)"
                + " and a.body_id = ? and lr.sent_on between ? and ?";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, group);
            statement.setLong(2, bodyId);
            statement.setDate(3, java.sql.Date.valueOf(from));
            statement.setDate(4, java.sql.Date.valueOf(to));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return row(rs);
            }
        });
    }

    private static VerdictShares.Row row(ResultSet rs) throws SQLException {
        int verdicts = rs.getInt("verdicts");
        int satisfied = rs.getInt("satisfied");
        return new VerdictShares.Row(
                rs.getString("grp"),
                verdicts,
                satisfied,
                rs.getInt("partly"),
                rs.getInt("not_satisfied"),
                rs.getInt("conversations"),
                verdicts == 0 ? null : (double) satisfied / verdicts);
    }
}
