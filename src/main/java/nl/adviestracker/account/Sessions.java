package nl.adviestracker.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Login sessions, kept in PostgreSQL so that every instance of the service knows them and a
 * logout ends the session everywhere at once.
 */
@Singleton
public class Sessions {

    private final JdbcOperations jdbc;
    private final AccountSettings settings;
    private final Clock clock;

    Sessions(JdbcOperations jdbc, AccountSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** A started session: {@code token} goes into the cookie and is not stored. */
    public record Started(String token, Instant expiresAt) {}

    /**
     * How a session was started by single sign-on: the provider's name and the ID token it gave, kept so that
     * signing out here can end the session at the provider too ({@code id_token_hint}).
     */
    public record SignedOnAt(String provider, String idToken) {}

    @Transactional
    public Started start(User user) {
        return start(user, null);
    }

    @Transactional
    public Started start(User user, @Nullable SignedOnAt signedOnAt) {
        String token = Tokens.newSecret();
        Instant expires = clock.instant().plus(settings.sessionLifetime());
        jdbc.prepareStatement(
                "insert into user_session (token_hash, user_id, csrf_token, expires_at, sign_on_provider,"
                        + " sign_on_id_token) values (?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, Tokens.hash(token));
                    statement.setLong(2, user.id());
                    statement.setString(3, Tokens.newSecret());
                    statement.setTimestamp(4, Timestamp.from(expires));
                    statement.setString(5, signedOnAt == null ? null : signedOnAt.provider());
                    statement.setString(6, signedOnAt == null ? null : signedOnAt.idToken());
                    return statement.executeUpdate();
                });
        jdbc.prepareStatement("delete from user_session where expires_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
        return new Started(token, expires);
    }

    @Transactional(readOnly = true)
    public Optional<SignedInUser> find(String token) {
        // before sign-in the organisation is not known: a function of the owner's finds the one account
        return jdbc.prepareStatement(
                "select user_id, username, name, role, body_id, organisation_id, csrf_token from session_account(?, ?)",
                statement -> {
                    statement.setString(1, Tokens.hash(token));
                    statement.setTimestamp(2, Timestamp.from(clock.instant()));
                    ResultSet rows = statement.executeQuery();
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(AccountRow.signedIn(rows, rows.getString(7)));
                });
    }

    /** Ends the session; when single sign-on started it, says with which provider and ID token. */
    @Transactional
    public Optional<SignedOnAt> end(String token) {
        return jdbc.prepareStatement(
                "delete from user_session where token_hash = ? returning sign_on_provider, sign_on_id_token",
                statement -> {
                    statement.setString(1, Tokens.hash(token));
                    ResultSet rows = statement.executeQuery();
                    if (!rows.next() || rows.getString(1) == null) {
                        return Optional.<SignedOnAt>empty();
                    }
                    return Optional.of(new SignedOnAt(rows.getString(1), rows.getString(2)));
                });
    }

    @Transactional
    public void endAllOf(long userId) {
        jdbc.prepareStatement("delete from user_session where user_id = ?", statement -> {
            statement.setLong(1, userId);
            return statement.executeUpdate();
        });
    }
}
