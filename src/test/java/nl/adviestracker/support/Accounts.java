package nl.adviestracker.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.adviestracker.account.ApiTokens;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;

/** Creates accounts for tests and logs them in over HTTP, as a client would. */
@Singleton
public class Accounts {

    public static final String PASSWORD = "geheim-wachtwoord";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Users users;
    private final ApiTokens tokens;

    Accounts(Users users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    /** A personal API token ({@code Authorization: Bearer ...}) of a new user with this role. */
    public String apiToken(Role role, Long bodyId) {
        String username =
                role.name().toLowerCase() + "-script-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        var user = users.create(new UserInput(
                username,
                "Script " + role.dutch(),
                username + "@example.org",
                role,
                role == Role.ASDG ? bodyId : null,
                PASSWORD,
                true,
                null));
        return tokens.issue(user.id(), "test").token();
    }

    /** A new user with this role (an ASDG member of {@code bodyId}), logged in. */
    public Api loggedIn(HttpClient http, Role role, Long bodyId) {
        String username =
                role.name().toLowerCase() + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        users.create(new UserInput(
                username,
                "Test " + role.dutch(),
                username + "@example.org",
                role,
                role == Role.ASDG ? bodyId : null,
                PASSWORD,
                true,
                null));
        return logIn(http, username, PASSWORD);
    }

    public Api staff(HttpClient http) {
        return loggedIn(http, Role.STAFF, null);
    }

    public Api manager(HttpClient http) {
        return loggedIn(http, Role.MANAGER, null);
    }

    public Api admin(HttpClient http) {
        return loggedIn(http, Role.ADMIN, null);
    }

    public Api member(HttpClient http, long bodyId) {
        return loggedIn(http, Role.ASDG, bodyId);
    }

    /**
     * Logs in with {@code POST /login} as a JSON client. An account that needs a second factor sends the code
     * of its {@link Authenticator} along; one that has none yet sets it up first through the login pages, as its
     * owner would in the browser (JSON clients cannot enrol).
     */
    public static Api logIn(HttpClient http, String username, String password) {
        Map<String, String> credentials = Authenticator.knows(username)
                ? Map.of("username", username, "password", password, "code", Authenticator.code(username))
                : Map.of("username", username, "password", password);
        try {
            var response = http.toBlocking().exchange(HttpRequest.POST("/login", credentials));
            String cookie =
                    response.getCookie("adviestracker_session").orElseThrow().getValue();
            return new Api(http).withSession(cookie);
        } catch (HttpClientResponseException refused) {
            if (refused.code() != 403 || Authenticator.knows(username)) {
                throw refused;
            }
            // a second factor is required and not set up yet
            return new Api(http).withSession(FormLogin.session(ServerAddress.current(), username, password));
        }
    }
}
