package nl.adviestracker.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import nl.adviestracker.audit.AuditLog;

/**
 * Personal tokens for the calendar feed, like {@link ApiTokens} but good for the feed only: a
 * calendar URL ends up in mail clients and proxy logs, so it must not open the API. One per user;
 * issuing a new one replaces the old. Only the hash is stored.
 */
@Singleton
public class CalendarTokens {

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CalendarTokens(JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new secret for this user; any earlier one stops working. */
    @Transactional
    public String issue(long userId) {
        String secret = "cal_" + Tokens.newSecret();
        long id = jdbc.prepareStatement("""
                insert into calendar_token (user_id, token_hash) values (?, ?)
                on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = now(), last_used_at = null
                returning id""", statement -> {
            statement.setLong(1, userId);
            statement.setString(2, Tokens.hash(secret));
            ResultSet rows = statement.executeQuery();
            rows.next();
            return rows.getLong(1);
        });
        audit.record("CREATED", "calendar_token", id, null, null, Map.of("userId", userId));
        return secret;
    }

    @Transactional
    public boolean revoke(long userId) {
        int deleted = jdbc.prepareStatement("delete from calendar_token where user_id = ?", statement -> {
            statement.setLong(1, userId);
            return statement.executeUpdate();
        });
        if (deleted > 0) {
            audit.record("DELETED", "calendar_token", userId, null, null, Map.of("userId", userId));
        }
        return deleted > 0;
    }

    /** The active user this secret belongs to. */
    @Transactional
    public Optional<SignedInUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith("cal_")) {
            return Optional.empty();
        }
        // before sign-in the organisation is not known: a function of the owner's finds the token's account
        return jdbc.prepareStatement(
                "select user_id, username, name, role, body_id, organisation_id from calendar_token_account(?, ?)",
                statement -> {
                    statement.setString(1, Tokens.hash(secret));
                    statement.setTimestamp(2, Timestamp.from(clock.instant()));
                    ResultSet rows = statement.executeQuery();
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(AccountRow.signedIn(rows, null));
                });
    }
}
