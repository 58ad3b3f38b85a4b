package nl.adviestracker.retention;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import nl.adviestracker.shared.DutchDates;

/** Destroys one approved item, in one transaction, and records that it did. */
@Singleton
class ItemDestroyer {

    /** What makes up an advice's dossier, children before parents; {@code ?} is the advice's id. */
    private static final List<String> DOSSIER = List.of(
            "delete from redaction where advice_id = ?",
            "delete from followup_note where followup_id in (select id from followup where advice_id = ?)",
            "delete from followup_transition where followup_id in (select id from followup where advice_id = ?)",
            "delete from followup_evidence where followup_id in (select id from followup where advice_id = ?)",
            "delete from followup_milestone where followup_id in (select id from followup where advice_id = ?)",
            "delete from followup_due_date_move where followup_id in (select id from followup where advice_id = ?)",
            "delete from followup_body_informed where followup_id in (select id from followup where advice_id = ?)",
            "delete from followup where advice_id = ?",
            "select destroy_kept_records_of_advice(?)",
            "delete from point_repeat_decision where advice_id = ?",
            "delete from response_correction where advice_id = ?",
            "delete from response_point where advice_id = ?",
            "delete from response where advice_id = ?",
            "delete from point_assignment where advice_id = ?",
            "delete from advice_lead where advice_id = ?",
            "delete from point where advice_id = ?",
            "delete from letter_route where advice_id = ?",
            "delete from letter_version where advice_id = ?",
            "delete from letter_text where advice_id = ?",
            "delete from publication where advice_id = ?",
            "delete from advice_due_date_extension where advice_id = ?",
            "delete from advice_document where advice_id = ?",
            "delete from advice_request where advice_id = ?",
            "select destroy_audit_events_of_advice(?)",
            "delete from advice where id = ?");

    private final JdbcOperations jdbc;

    ItemDestroyer(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void destroy(DestructionItem item, String actor) {
        int rows = switch (item.kind()) {
            case ADVICE, LETTER, FOLLOWUP -> dossier(Long.parseLong(item.key()));
            case INTAKE_DOCUMENT ->
                update("delete from advice_document where advice_id = ?", Long.parseLong(item.key()));
            case AUDIT_LOG -> month("select destroy_audit_events_between(?, ?)", item.key());
            case MAIL_LOG -> month("delete from reminder_sent where sent_at >= ? and sent_at < ?", item.key());
            case SESSION ->
                month(
                        "delete from user_session s using app_user u"
                                + " where u.id = s.user_id and s.expires_at >= ? and s.expires_at < ?",
                        item.key());
        };
        jdbc.prepareStatement("""
                insert into destruction_record (record_kind, record_key, reference, period, eligible_since,
                                                approved_by, approved_at, destroyed_by, rows_destroyed)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setString(1, item.kind().name());
            statement.setString(2, item.key());
            statement.setString(3, item.reference());
            statement.setString(4, item.period().length() > 700 ? item.period().substring(0, 700) : item.period());
            statement.setObject(5, item.eligibleSince());
            statement.setString(6, item.approvedBy());
            statement.setTimestamp(7, Timestamp.from(item.approvedAt()));
            statement.setString(8, actor);
            statement.setInt(9, rows);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement(
                "delete from destruction_approval where record_kind = ? and record_key = ?", statement -> {
                    statement.setString(1, item.kind().name());
                    statement.setString(2, item.key());
                    return statement.executeUpdate();
                });
    }

    private int dossier(long adviceId) {
        int rows = 0;
        for (String sql : DOSSIER) {
            rows += update(sql, adviceId);
        }
        return rows;
    }

    private int update(String sql, long id) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, id);
            if (sql.startsWith("select")) {
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getInt(1);
                }
            }
            return statement.executeUpdate();
        });
    }

    /** Everything of one calendar month (Amsterdam time) in a log. */
    private int month(String sql, String key) {
        YearMonth month = YearMonth.parse(key);
        Timestamp from =
                Timestamp.from(month.atDay(1).atStartOfDay(DutchDates.ZONE).toInstant());
        Timestamp to = Timestamp.from(
                month.plusMonths(1).atDay(1).atStartOfDay(DutchDates.ZONE).toInstant());
        return jdbc.prepareStatement(sql, statement -> {
            statement.setTimestamp(1, from);
            statement.setTimestamp(2, to);
            if (sql.startsWith("select")) {
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getInt(1);
                }
            }
            return statement.executeUpdate();
        });
    }
}
