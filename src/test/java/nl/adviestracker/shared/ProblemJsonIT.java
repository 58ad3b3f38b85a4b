package nl.adviestracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
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
