package nl.adviestracker.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One-time links to set a password ({@code password_token}): the secret goes into the link only, its
 * SHA-256 hash into the table. A new link of a user makes the older ones expire; a link is used once.
 */
@Singleton
class PasswordTokens {

    enum Purpose {
        /** From an admin's invitation: the first password of a new account. */
        INVITATION,
        /** From "wachtwoord vergeten". */
        RESET
    }

    /** A stored token, as the set-password page needs it. */
    record Token(
            long id,
            long userId,
            Purpose purpose,
            Instant expiresAt,
            @Nullable Instant usedAt) {}

    private final JdbcOperations jdbc;
    private final Clock clock;

    PasswordTokens(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new link's secret for this user, valid for {@code lifetime}; the user's earlier links stop working. */
    @Transactional
    String issue(long userId, Purpose purpose, Duration lifetime) {
        Instant now = clock.instant();
        expireAllOf(userId);
        String secret = Tokens.newSecret();
        jdbc.prepareStatement(
                "insert into password_token (user_id, purpose, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)",
                statement -> {
                    statement.setLong(1, userId);
                    statement.setString(2, purpose.name());
                    statement.setString(3, Tokens.hash(secret));
                    statement.setTimestamp(4, Timestamp.from(now));
                    statement.setTimestamp(5, Timestamp.from(now.plus(lifetime)));
                    return statement.executeUpdate();
                });
        // what expired a month ago tells nothing any more
        jdbc.prepareStatement("delete from password_token where user_id = ? and expires_at < ?", statement -> {
            statement.setLong(1, userId);
            statement.setTimestamp(2, Timestamp.from(now.minus(Duration.ofDays(30))));
            return statement.executeUpdate();
        });
        return secret;
    }

    /** How many links of this purpose the user was sent since then (to limit "wachtwoord vergeten" mails). */
    @Transactional(readOnly = true)
    int issuedSince(long userId, Purpose purpose, Instant since) {
        return jdbc.prepareStatement(
                "select count(*) from password_token where user_id = ? and purpose = ? and created_at > ?",
                statement -> {
                    statement.setLong(1, userId);
                    statement.setString(2, purpose.name());
                    statement.setTimestamp(3, Timestamp.from(since));
                    ResultSet rows = statement.executeQuery();
                    rows.next();
                    return rows.getInt(1);
                });
    }

    /** Before sign-in: active accounts with this address, as {user id, organisation id}, across organisations. */
    @Transactional(readOnly = true)
    List<long[]> accountsFor(String email) {
        return jdbc.prepareStatement("select user_id, organisation_id from accounts_for_email(?)", statement -> {
            statement.setString(1, email);
            ResultSet rows = statement.executeQuery();
            List<long[]> accounts = new ArrayList<>();
            while (rows.next()) {
                accounts.add(new long[] {rows.getLong(1), rows.getLong(2)});
            }
            return accounts;
        });
    }

    /** Before sign-in: the organisation a link belongs to, so the rest runs in its setting. */
    @Transactional(readOnly = true)
    Optional<Long> organisationOf(String secret) {
        return jdbc.prepareStatement("select password_token_organisation(?)", statement -> {
            statement.setString(1, Tokens.hash(secret));
            ResultSet rows = statement.executeQuery();
            if (!rows.next()) {
                return Optional.<Long>empty();
            }
            long organisation = rows.getLong(1);
            return rows.wasNull() ? Optional.<Long>empty() : Optional.of(organisation);
        });
    }

    /** The token of this secret, locked until the transaction ends, so two tabs cannot both use it. */
    @Transactional
    Optional<Token> lock(String secret) {
        return find(secret, " for update");
    }

    @Transactional(readOnly = true)
    Optional<Token> find(String secret) {
        return find(secret, "");
    }

    private Optional<Token> find(String secret, String lock) {
        return jdbc.prepareStatement(
                "select id, user_id, purpose, expires_at, used_at from password_token where token_hash = ?" + lock,
                statement -> {
                    statement.setString(1, Tokens.hash(secret));
                    ResultSet rows = statement.executeQuery();
                    if (!rows.next()) {
                        return Optional.<Token>empty();
                    }
                    Timestamp used = rows.getTimestamp(5);
                    return Optional.of(new Token(
                            rows.getLong(1),
                            rows.getLong(2),
                            Purpose.valueOf(rows.getString(3)),
                            rows.getTimestamp(4).toInstant(),
                            used == null ? null : used.toInstant()));
                });
    }

    @Transactional
    void markUsed(long tokenId) {
        jdbc.prepareStatement("update password_token set used_at = ? where id = ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(clock.instant()));
            statement.setLong(2, tokenId);
            return statement.executeUpdate();
        });
    }

    /** Every open link of the user stops working: a new one was sent, the password was set, or the account closed. */
    @Transactional
    void expireAllOf(long userId) {
        jdbc.prepareStatement(
                "update password_token set expires_at = ? where user_id = ? and used_at is null and expires_at > ?",
                statement -> {
                    Timestamp now = Timestamp.from(clock.instant());
                    statement.setTimestamp(1, now);
                    statement.setLong(2, userId);
                    statement.setTimestamp(3, now);
                    return statement.executeUpdate();
                });
    }
}
