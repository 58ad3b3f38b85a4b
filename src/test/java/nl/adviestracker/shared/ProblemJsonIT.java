package nl.adviestracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Every error under {@code /api} is a problem body ({@code application/problem+json}), whatever the
 * client accepts: a script sending {@code Accept: *}{@code /*} or a browser's Accept gets no HTML page.
 */
@MicronautTest(transactional = false)
class ProblemJsonIT {

    static final List<String> ACCEPTS =
            List.of("*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    EmbeddedServer server;

    @Test
    void everyKindOfApiErrorIsAProblemBodyWhateverTheAcceptHeader() {
        Api admin = accounts.admin(http);
        long body = admin.post(
                        "/api/bodies",
                        Map.of("name", "Raad " + System.nanoTime(), "shortName", "P" + System.nanoTime() % 100000))
                .id();
        Api member = accounts.member(http, body);
        Api staff = accounts.staff(http);
        long advice = member.post(
                        "/api/advices",
                        Map.of(
                                "bodyId", body,
                                "subject", "Jeugd",
                                "kind", "UNSOLICITED",
                                "receivedOn", "2024-09-01",
                                "points", List.of(Map.of("label", "1", "text", "Sneller", "kind", "REQUEST"))))
                .id();
        String csrf = (String) member.get("/api/me").at("csrfToken");
        for (String accept : ACCEPTS) {
            expectProblem(
                    staff, HttpRequest.PUT("/api/advices/" + advice + "/letter", Map.of("closing", 5)), accept, 400);
            expectProblem(member, HttpRequest.POST("/api/advices/" + advice + "/submit", Map.of()), accept, 409);
            expectProblem(
                    member,
                    HttpRequest.POST(
                            "/api/advices",
                            Map.of(
                                    "bodyId", body,
                                    "subject", "Met\u0000NUL",
                                    "kind", "UNSOLICITED",
                                    "receivedOn", "2024-09-01")),
                    accept,
                    400);
            expectProblem(
                    member,
                    HttpRequest.POST("/api/intake", "")
                            .contentType(MediaType.TEXT_PLAIN_TYPE)
                            .header("X-CSRF-Token", csrf),
                    accept,
                    400);
            expectProblem(member, HttpRequest.GET("/api/bestaat-niet"), accept, 404);
            expectProblem(staff, HttpRequest.GET("/api/advices/" + (advice + 1_000_000)), accept, 404);
        }
    }

    /**
     * The errors the server answers before any controller runs (no route, wrong method, a body it does not
     * read, an address too long) are problem bodies too, also to a client that sends no {@code Accept} at all
     * (a plain {@code java.net.http} client adds none).
     */
    @Test
    void errorsBeforeAnyControllerAreProblemBodiesWithOrWithoutAnAcceptHeader() throws Exception {
        Api staff = accounts.staff(http);
        String csrf = (String) staff.get("/api/me").at("csrfToken");
        var raw = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        List<String> accepts = new java.util.ArrayList<>(ACCEPTS);
        accepts.add(null);
        for (String accept : accepts) {
            expectRawProblem(raw, staff, csrf, accept, "GET", "/api/bestaat-niet", null, null, 404);
            expectRawProblem(raw, staff, csrf, accept, "PATCH", "/api/advices", "{}", "application/json", 405);
            expectRawProblem(raw, staff, csrf, accept, "POST", "/api/advices", "<advies/>", "application/xml", 415);
            expectRawProblem(
                    raw, staff, csrf, accept, "GET", "/api/advices?theme=" + "x".repeat(48_000), null, null, 413);
        }
    }

    private void expectRawProblem(
            java.net.http.HttpClient raw,
            Api api,
            String csrf,
            String accept,
            String method,
            String path,
            String body,
            String contentType,
            int status)
            throws IOException, InterruptedException {
        var request = java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Cookie", "adviestracker_session=" + api.session())
                .header("X-CSRF-Token", csrf)
                .method(
                        method,
                        body == null
                                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        var answer = raw.send(request.build(), BodyHandlers.ofString());
        String what = method + " " + path.substring(0, Math.min(path.length(), 60)) + " (Accept: " + accept + ")";
        assertThat(answer.statusCode()).as(what).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                .as(what)
                .startsWith(Problem.MEDIA_TYPE);
        assertThat(answer.body()).as(what).contains("\"status\":" + status);
    }

    private static void expectProblem(Api api, MutableHttpRequest<?> request, String accept, int status) {
        Api.Answer answer = api.exchange(request.header("Accept", accept));
        assertThat(answer.status())
                .as("%s %s (Accept: %s)", request.getMethod(), request.getPath(), accept)
                .isEqualTo(status);
        assertThat(answer.contentType())
                .as("%s %s (Accept: %s)", request.getMethod(), request.getPath(), accept)
                .startsWith(Problem.MEDIA_TYPE);
        assertThat(answer.at("status")).isEqualTo(status);
    }
}
