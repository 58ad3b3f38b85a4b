package nl.adviestracker.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/** Reads the audit log of one advice: every change to it and to its points, responses and follow-ups. */
@Singleton
@Transactional(readOnly = true)
public class AuditTrail {

    private final JdbcOperations jdbc;

    AuditTrail(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEvent> ofAdvice(long adviceId) {
        return jdbc.prepareStatement("""
                select id, occurred_at, actor, action, entity, entity_id, before::text, after::text
                from audit_event where advice_id = ? order by occurred_at, id""", statement -> {
            statement.setLong(1, adviceId);
            var rows = statement.executeQuery();
            var events = new java.util.ArrayList<AuditEvent>();
            while (rows.next()) {
                events.add(new AuditEvent(
                        rows.getLong(1),
                        rows.getTimestamp(2).toInstant(),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getLong(6),
                        rows.getString(7),
                        rows.getString(8)));
            }
            return events;
        });
    }
}
