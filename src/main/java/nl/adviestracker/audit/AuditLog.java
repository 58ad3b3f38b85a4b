package nl.adviestracker.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Records every write: who, what, and the entity before and after. Called inside the writing
 * transaction, so an event exists exactly when its change does.
 */
@Singleton
public class AuditLog {

    public static final String SYSTEM = "systeem";

    private static final ScopedValue<String> ACTING_USER = ScopedValue.newInstance();

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final SecurityService security;

    AuditLog(JdbcOperations jdbc, JsonMapper json, SecurityService security) {
        this.jdbc = jdbc;
        this.json = json;
        this.security = security;
    }

    public void created(String entity, long entityId, @Nullable Long adviceId, Object after) {
        record("CREATED", entity, entityId, adviceId, null, after);
    }

    public void updated(String entity, long entityId, @Nullable Long adviceId, Object before, Object after) {
        record("UPDATED", entity, entityId, adviceId, before, after);
    }

    public void deleted(String entity, long entityId, @Nullable Long adviceId, Object before) {
        record("DELETED", entity, entityId, adviceId, before, null);
    }

    public void record(
            String action,
            String entity,
            long entityId,
            @Nullable Long adviceId,
            @Nullable Object before,
            @Nullable Object after) {
        jdbc.prepareStatement("""
                insert into audit_event (actor, action, entity, entity_id, advice_id, before, after)
                values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""", statement -> {
            statement.setString(1, actor());
            statement.setString(2, action);
            statement.setString(3, entity);
            statement.setLong(4, entityId);
            setNullableLong(statement, 5, adviceId);
            statement.setString(6, toJson(before));
            statement.setString(7, toJson(after));
            return statement.executeUpdate();
        });
    }

    /**
     * The logged-in user of the request being served; outside a request the user work is done for
     * ({@link #actingAs}), or {@value #SYSTEM} for start-up and scheduled work.
     */
    public String actor() {
        return security.username().orElseGet(() -> ACTING_USER.orElse(SYSTEM));
    }

    /**
     * Does work outside a request on behalf of a user, such as the demo data's steps: the events it records, and
     * whatever else asks for the {@link #actor()}, name that user rather than the system.
     */
    public void actingAs(String username, Runnable work) {
        ScopedValue.where(ACTING_USER, username).run(work);
    }

    private @Nullable String toJson(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setNullableLong(PreparedStatement statement, int index, @Nullable Long value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
