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
import java.util.Optional;

/**
 * A login half done: the password was right, the second factor is still to come (a code, or enrolling
 * first). No session exists until then; the browser holds this challenge's secret in a cookie for ten
 * minutes at most.
 */
@Singleton
class LoginChallenges {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    enum Purpose {
        /** Enter a code from the app (or a recovery code). */
        CODE,
        /** Set up the app first: the second factor is required and there is none yet. */
        ENROL
    }

    record Challenge(long userId, @Nullable Long organisationId, String username, Purpose purpose, String next) {}

    private final JdbcOperations jdbc;
    private final Clock clock;

    LoginChallenges(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    String start(long userId, Purpose purpose, String next) {
        String token = Tokens.newSecret();
        Instant now = clock.instant();
        jdbc.prepareStatement("delete from login_challenge where user_id = ? or expires_at < ?", statement -> {
            statement.setLong(1, userId);
            statement.setTimestamp(2, Timestamp.from(now));
            return statement.executeUpdate();
        });
        jdbc.prepareStatement(
                "insert into login_challenge (token_hash, user_id, purpose, next, expires_at) values (?, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, Tokens.hash(token));
                    statement.setLong(2, userId);
                    statement.setString(3, purpose.name());
                    statement.setString(4, next.length() > 500 ? "/" : next);
                    statement.setTimestamp(5, Timestamp.from(now.plus(LIFETIME)));
                    return statement.executeUpdate();
                });
        return token;
    }

    @Transactional(readOnly = true)
    Optional<Challenge> find(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.prepareStatement(
                "select user_id, organisation_id, username, purpose, next from login_challenge_account(?, ?)",
                statement -> {
                    statement.setString(1, Tokens.hash(token));
                    statement.setTimestamp(2, Timestamp.from(clock.instant()));
                    ResultSet rows = statement.executeQuery();
                    if (!rows.next()) {
                        return Optional.<Challenge>empty();
                    }
                    long organisation = rows.getLong(2);
                    Long organisationId = rows.wasNull() ? null : organisation;
                    return Optional.of(new Challenge(
                            rows.getLong(1),
                            organisationId,
                            rows.getString(3),
                            Purpose.valueOf(rows.getString(4)),
                            rows.getString(5)));
                });
    }

    @Transactional
    void end(String token) {
        jdbc.prepareStatement("delete from login_challenge where token_hash = ?", statement -> {
            statement.setString(1, Tokens.hash(token));
            return statement.executeUpdate();
        });
    }
}
