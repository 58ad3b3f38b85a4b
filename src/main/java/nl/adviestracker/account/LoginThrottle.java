package nl.adviestracker.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing: after too many failed logins for one username (or from one
 * client) within the window, login is refused until the oldest failure leaves the window.
 * Failures are kept in PostgreSQL, so the limit holds across instances.
 */
@Singleton
public class LoginThrottle {

    private final JdbcOperations jdbc;
    private final AccountSettings settings;
    private final Clock clock;

    LoginThrottle(JdbcOperations jdbc, AccountSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** How long until this username may try again from this client, if it is blocked now. */
    @Transactional(readOnly = true)
    public Optional<Duration> blockedFor(String username, String client) {
        Instant since = clock.instant().minus(settings.failureWindow());
        Optional<Instant> byUser = oldestIfOver("username", normalise(username), since, settings.maxFailures());
        Optional<Instant> byClient = oldestIfOver("client", client, since, settings.maxFailuresPerClient());
        return byUser.or(() -> byClient)
                .map(oldest -> Duration.between(clock.instant(), oldest.plus(settings.failureWindow())))
                .map(wait -> wait.isNegative() ? Duration.ZERO : wait);
    }

    @Transactional
    public void failed(String username, String client) {
        jdbc.prepareStatement("insert into login_failure (username, client, failed_at) values (?, ?, ?)", statement -> {
            statement.setString(1, normalise(username));
            statement.setString(2, client);
            statement.setTimestamp(3, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
    }

    @Transactional
    public void succeeded(String username) {
        jdbc.prepareStatement("delete from login_failure where username = ?", statement -> {
            statement.setString(1, normalise(username));
            return statement.executeUpdate();
        });
    }

    private Optional<Instant> oldestIfOver(String column, String value, Instant since, int limit) {
        return jdbc.prepareStatement(
                "select failed_at from login_failure where " + column
                        + " = ? and failed_at > ? order by failed_at desc limit ?",
                statement -> {
                    statement.setString(1, value);
                    statement.setTimestamp(2, Timestamp.from(since));
                    statement.setInt(3, limit);
                    ResultSet rows = statement.executeQuery();
                    int count = 0;
                    Instant oldest = null;
                    while (rows.next()) {
                        count++;
                        oldest = rows.getTimestamp(1).toInstant();
                    }
                    return count >= limit ? Optional.of(oldest) : Optional.<Instant>empty();
                });
    }

    private static String normalise(String username) {
        String value = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return value.length() > 100 ? value.substring(0, 100) : value;
    }
}
