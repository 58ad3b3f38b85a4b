package nl.adviestracker.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;

/** Personal API tokens for scripts ({@code Authorization: Bearer ...}); only their hashes are stored. */
@Singleton
public class ApiTokens {

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token as listed: never the secret itself. */
    @Serdeable
    public record TokenInfo(
            long id,
            long userId,
            String name,
            Instant createdAt,
            @Nullable Instant revokedAt,
            @Nullable Instant lastUsedAt) {}

    /** The answer to issuing a token: the secret is shown this once. */
    @Serdeable
    public record IssuedToken(long id, String name, String token) {}

    @Transactional
    public IssuedToken issue(long userId, String name) {
        String secret = "at_" + Tokens.newSecret();
        long id = jdbc.prepareStatement(
                "insert into api_token (user_id, name, token_hash) values (?, ?, ?) returning id", statement -> {
                    statement.setLong(1, userId);
                    statement.setString(2, name);
                    statement.setString(3, Tokens.hash(secret));
                    ResultSet rows = statement.executeQuery();
                    rows.next();
                    return rows.getLong(1);
                });
        audit.record("CREATED", "api_token", id, null, null, java.util.Map.of("userId", userId, "name", name));
        return new IssuedToken(id, name, secret);
    }

    @Transactional
    public void revoke(long tokenId) {
        int changed = jdbc.prepareStatement(
                "update api_token set revoked_at = ? where id = ? and revoked_at is null", statement -> {
                    statement.setTimestamp(1, Timestamp.from(clock.instant()));
                    statement.setLong(2, tokenId);
                    return statement.executeUpdate();
                });
        if (changed == 0) {
            throw ProblemException.notFound("Token " + tokenId + " (of het is al ingetrokken)");
        }
        audit.record("REVOKED", "api_token", tokenId, null, null, null);
    }

    /** Erasure: removes every token of this user, revoked or not (their names may name the person). */
    @Transactional
    public void deleteAllOf(long userId) {
        int deleted = jdbc.prepareStatement("delete from api_token where user_id = ?", statement -> {
            statement.setLong(1, userId);
            return statement.executeUpdate();
        });
        if (deleted > 0) {
            audit.record("DELETED", "api_token", userId, null, null, null);
        }
    }

    /** Revokes every token of this user that still works (a deactivated account keeps none). */
    @Transactional
    public void revokeAllOf(long userId) {
        List<Long> revoked = jdbc.prepareStatement(
                "update api_token set revoked_at = ? where user_id = ? and revoked_at is null returning id",
                statement -> {
                    statement.setTimestamp(1, Timestamp.from(clock.instant()));
                    statement.setLong(2, userId);
                    ResultSet rows = statement.executeQuery();
                    List<Long> ids = new ArrayList<>();
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                    return ids;
                });
        for (long tokenId : revoked) {
            audit.record("REVOKED", "api_token", tokenId, null, null, null);
        }
    }

    @Transactional(readOnly = true)
    public List<TokenInfo> ofUser(long userId) {
        return jdbc.prepareStatement(
                "select id, user_id, name, created_at, revoked_at, last_used_at from api_token where user_id = ? order by id",
                statement -> {
                    statement.setLong(1, userId);
                    ResultSet rows = statement.executeQuery();
                    List<TokenInfo> tokens = new ArrayList<>();
                    while (rows.next()) {
                        tokens.add(new TokenInfo(
                                rows.getLong(1),
                                rows.getLong(2),
                                rows.getString(3),
                                rows.getTimestamp(4).toInstant(),
                                instant(rows.getTimestamp(5)),
                                instant(rows.getTimestamp(6))));
                    }
                    return tokens;
                });
    }

    /** A token with the account it belongs to, for the admin's list of the organisation's tokens. */
    public record TokenOfUser(TokenInfo token, String username, String userName) {

        public boolean revoked() {
            return token.revokedAt() != null;
        }
    }

    /** Every token of the organisation's accounts: those that work first, then by account and age. */
    @Transactional(readOnly = true)
    public List<TokenOfUser> all() {
        return jdbc.prepareStatement("""
                select t.id, t.user_id, t.name, t.created_at, t.revoked_at, t.last_used_at, u.username, u.name
                from api_token t join app_user u on u.id = t.user_id
                order by t.revoked_at is not null, u.username, t.id""", statement -> {
            ResultSet rows = statement.executeQuery();
            List<TokenOfUser> tokens = new ArrayList<>();
            while (rows.next()) {
                tokens.add(new TokenOfUser(
                        new TokenInfo(
                                rows.getLong(1),
                                rows.getLong(2),
                                rows.getString(3),
                                rows.getTimestamp(4).toInstant(),
                                instant(rows.getTimestamp(5)),
                                instant(rows.getTimestamp(6))),
                        rows.getString(7),
                        rows.getString(8)));
            }
            return tokens;
        });
    }

    /** How stale {@code last_used_at} may be: a token used all the time costs a write once a minute, not per request. */
    static final java.time.Duration LAST_USED_PRECISION = java.time.Duration.ofMinutes(1);

    /**
     * The user of an active token. Reading is one statement; {@code last_used_at} is written only when it is
     * older than {@link #LAST_USED_PRECISION}, so scripts that call the API often do not turn every read into a write.
     * No transaction around it: the one statement is atomic on its own, and BEGIN and COMMIT would be two more
     * round trips on every API request.
     */
    @Connectable
    public Optional<SignedInUser> authenticate(String secret) {
        Instant now = clock.instant();
        // before sign-in the organisation is not known: a function of the owner's finds the token's account
        // and writes last_used_at when it is older than the precision (changeset 101)
        return jdbc.prepareStatement("""
                select user_id, username, name, role, body_id, organisation_id
                from api_token_account(?, ?, make_interval(secs => ?))""", statement -> {
            statement.setString(1, Tokens.hash(secret));
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setLong(3, LAST_USED_PRECISION.toSeconds());
            ResultSet rows = statement.executeQuery();
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(AccountRow.signedIn(rows, null));
        });
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
