package nl.adviestracker.retention;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The destruction of records whose period has run out: a manager approves items of the destruction list
 * (one or all), then destroys what was approved. Each item goes in a transaction of its own, children
 * before parents as the foreign keys require, and leaves a {@link DestructionRecord} without content.
 * An approved item that is no longer on the list (a period was made longer) is not destroyed.
 */
@Singleton
public class Destruction {

    private static final Logger LOG = LoggerFactory.getLogger(Destruction.class);

    /** What a run did: what went, and what could not go and why. */
    public record Outcome(List<DestructionItem> destroyed, List<String> failed) {}

    private final DestructionList list;
    private final ItemDestroyer destroyer;
    private final JdbcOperations jdbc;
    private final AuditLog audit;

    Destruction(DestructionList list, ItemDestroyer destroyer, JdbcOperations jdbc, AuditLog audit) {
        this.list = list;
        this.destroyer = destroyer;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Approves one item of today's list; 404 when it is not on it. */
    @Transactional
    public DestructionItem approve(RecordKind kind, String key) {
        DestructionItem item = list.find(kind, key)
                .orElseThrow(() -> ProblemException.notFound("Een te vernietigen " + kind.dutch() + " " + key));
        if (!item.approved()) {
            insertApproval(item);
        }
        return list.find(kind, key).orElseThrow();
    }

    /** Approves every item on today's list; returns how many were newly approved. */
    @Transactional
    public int approveAll() {
        int approved = 0;
        for (DestructionItem item : list.items()) {
            if (!item.approved()) {
                insertApproval(item);
                approved++;
            }
        }
        return approved;
    }

    /** Takes an approval back before the item is destroyed. */
    @Transactional
    public void withdraw(RecordKind kind, String key) {
        int removed = jdbc.prepareStatement(
                "delete from destruction_approval where record_kind = ? and record_key = ?", statement -> {
                    statement.setString(1, kind.name());
                    statement.setString(2, key);
                    return statement.executeUpdate();
                });
        if (removed == 0) {
            throw ProblemException.notFound("Een goedkeuring voor " + kind.dutch() + " " + key);
        }
    }

    /** Destroys every approved item still on the list, each in its own transaction. Not transactional itself. */
    public Outcome destroyApproved() {
        List<DestructionItem> destroyed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (DestructionItem item : list.items()) {
            if (!item.approved()) {
                continue;
            }
            try {
                destroyer.destroy(item, audit.actor());
                destroyed.add(item);
            } catch (RuntimeException e) {
                LOG.warn("Could not destroy {} {}: {}", item.kind(), item.key(), e.toString());
                failed.add(item.reference() + ": kon niet worden vernietigd (er verwijzen nog gegevens naar);"
                        + " er is niets van verwijderd.");
            }
        }
        return new Outcome(destroyed, failed);
    }

    /** The kept record of destructions, newest first. */
    @Transactional(readOnly = true)
    public List<DestructionRecord> records() {
        return jdbc.prepareStatement("""
                select id, record_kind, record_key, reference, period, eligible_since, approved_by, approved_at,
                       destroyed_by, destroyed_at, rows_destroyed
                from destruction_record order by destroyed_at desc, id desc limit 500""", statement -> {
            List<DestructionRecord> records = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    records.add(new DestructionRecord(
                            rows.getLong(1),
                            RecordKind.valueOf(rows.getString(2)),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getDate(6).toLocalDate(),
                            rows.getString(7),
                            rows.getTimestamp(8).toInstant(),
                            rows.getString(9),
                            rows.getTimestamp(10).toInstant(),
                            rows.getInt(11)));
                }
            }
            return records;
        });
    }

    private void insertApproval(DestructionItem item) {
        jdbc.prepareStatement(
                "insert into destruction_approval (record_kind, record_key, approved_by) values (?, ?, ?)"
                        + " on conflict do nothing",
                statement -> {
                    statement.setString(1, item.kind().name());
                    statement.setString(2, item.key());
                    statement.setString(3, audit.actor());
                    return statement.executeUpdate();
                });
    }
}
