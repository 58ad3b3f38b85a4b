package nl.adviestracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import java.util.List;
import java.util.Map;

/**
 * An advice of one point from a new advisory body, entered by one of its members through the API, with the
 * writer's draft response to it: the smallest advice a test of the route starts from.
 */
public record OnePointAdvice(long advice, long point, long response) {

    public static OnePointAdvice answeredBy(Accounts accounts, HttpClient http, Api writer, String subject) {
        long unique = System.nanoTime();
        long body = accounts.admin(http)
                .post("/api/bodies", Map.of("name", subject + " " + unique, "shortName", "P" + unique % 100000))
                .id();
        long advice = accounts.member(http, body)
                .post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                subject,
                                "kind",
                                "UNSOLICITED",
                                "receivedOn",
                                "2025-09-01",
                                "points",
                                List.of(Map.of("label", "1", "text", "Meer respijt", "kind", "REQUEST"))))
                .id();
        long point = ((Number) writer.get("/api/advices/" + advice).at("points.0.id")).longValue();
        Api.Answer response = writer.post(
                "/api/advices/" + advice + "/responses",
                Map.of("pointIds", List.of(point), "stance", "ADOPTED", "text", "Dat doen wij."));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.at("reviewState")).isEqualTo("DRAFT");
        return new OnePointAdvice(advice, point, response.id());
    }
}
