package nl.adviestracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Accounts against a hostile client: passwords bcrypt cannot take, a crafted redirect after login,
 * the throttle's answer, and tokens of a deactivated account.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class AccountSecurityIT {

    /** 73 bytes in UTF-8 but only 37 characters: bcrypt reads 72 bytes at most. */
    static final String TOO_LONG = "é".repeat(36) + "x";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    Users users;

    @Inject
    ApiTokens tokens;

    @Inject
    Bodies bodies;

    @Test
    void aPasswordOverSeventyTwoBytesIsRefusedNamingTheFieldAndTheLimit() {
        Api admin = accounts.admin(http);
        Api.Answer refused = admin.post("/api/users", user("lang" + System.nanoTime() % 100000, TOO_LONG));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.at("errors.0.field")).isEqualTo("password");
        assertThat((String) refused.at("errors.0.message")).contains("72 bytes");

        Api.Answer created = admin.post("/api/users", user("kort" + System.nanoTime() % 100000, "goed-genoeg"));
        Map<String, Object> change = user((String) created.at("username"), TOO_LONG);
        change.put("version", created.at("version"));
        Api.Answer changed = admin.put("/api/users/" + created.id(), change);
        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.at("errors.0.field")).isEqualTo("password");
    }

    @Test
    void logingInWithSuchAPasswordIsAnOrdinaryFailureCountedByTheThrottleWithRetryAfter() {
        String username = "doelwit" + System.nanoTime() % 100000;
        users.create(new UserInput(username, "Doel", "doel@example.org", Role.STAFF, null, "goed-genoeg", true, null));
        for (int i = 0; i < 5; i++) {
            assertThat(jsonLogin(username, TOO_LONG).code()).isEqualTo(401);
        }
        HttpResponse<?> blocked = jsonLogin(username, "goed-genoeg");
        assertThat(blocked.code()).isEqualTo(429);
        long seconds = Long.parseLong(blocked.header("Retry-After"));
        assertThat(seconds).isBetween(1L, 15 * 60L);
        assertThat(blocked.getContentType().map(Object::toString).orElse("")).startsWith("application/problem+json");
    }

    @Test
    void aNextParameterWithControlCharactersGoesToTheStartPage() {
        String username = "volgende" + System.nanoTime() % 100000;
        // a member: the password is the whole login, so the answer to it goes where "next" says
        long body = bodies.create(new BodyInput("Raad " + username, "RV", null, null, null, null, null, null))
                .id();
        users.create(new UserInput(username, "Volgende", "v@example.org", Role.ASDG, body, "goed-genoeg", true, null));
        HttpResponse<?> page = exchange(
                HttpRequest.GET("/login?next=%2Fadvices%0D%0ASet-Cookie:x=y").accept(MediaType.TEXT_HTML));
        assertThat(page.code()).isEqualTo(200);

        String csrf = "csrf-token-voor-test";
        HttpResponse<?> loggedIn = exchange(HttpRequest.POST(
                        "/login",
                        Map.of(
                                "username",
                                username,
                                "password",
                                "goed-genoeg",
                                "next",
                                "/advices\u0001\r\nX: y",
                                "_csrf",
                                csrf))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .cookie(io.micronaut.http.cookie.Cookie.of("adviestracker_csrf", csrf))
                .accept(MediaType.TEXT_HTML));
        assertThat(loggedIn.code()).isEqualTo(303);
        assertThat(loggedIn.header("Location")).isEqualTo("/");
    }

    @Test
    void deactivatingAUserRevokesTheirTokensForGood() {
        Api admin = accounts.admin(http);
        String username = "script" + System.nanoTime() % 100000;
        User user = users.create(
                new UserInput(username, "Script", "s@example.org", Role.STAFF, null, "goed-genoeg", true, null));
        String token = tokens.issue(user.id(), "nachtelijke taak").token();
        assertThat(withToken(token)).isEqualTo(200);

        Map<String, Object> off = user(username, null);
        off.put("active", false);
        off.put("version", user.version());
        assertThat(admin.put("/api/users/" + user.id(), off).status()).isEqualTo(200);
        Map<String, Object> on = user(username, null);
        on.put("active", true);
        on.put("version", users.get(user.id()).version());
        assertThat(admin.put("/api/users/" + user.id(), on).status()).isEqualTo(200);

        assertThat(withToken(token)).isEqualTo(401);
        assertThat(tokens.ofUser(user.id()))
                .allSatisfy(info -> assertThat(info.revokedAt()).isNotNull());
    }

    private int withToken(String token) {
        return exchange(HttpRequest.GET("/api/me").bearerAuth(token)).code();
    }

    private HttpResponse<?> jsonLogin(String username, String password) {
        return exchange(HttpRequest.POST("/login", Map.of("username", username, "password", password)));
    }

    private HttpResponse<?> exchange(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }

    private static Map<String, Object> user(String username, String password) {
        Map<String, Object> input = new HashMap<>();
        input.put("username", username);
        input.put("name", "Nieuwe gebruiker");
        input.put("email", username + "@example.org");
        input.put("role", "STAFF");
        if (password != null) {
            input.put("password", password);
        }
        return input;
    }
}
