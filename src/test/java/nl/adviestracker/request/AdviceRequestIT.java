package nl.adviestracker.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.Test;

/** Staff ask a body for advice; its members see what is asked and by when, and answer it with their advice. */
@MicronautTest(transactional = false)
class AdviceRequestIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Test
    void aRequestIsSeenByTheBodyAndAnsweredByItsAdvice() {
        Api admin = accounts.admin(http);
        long body = admin.post(
                        "/api/bodies",
                        Map.of(
                                "name",
                                "Jongerenraad " + System.nanoTime(),
                                "shortName",
                                "JR" + System.nanoTime() % 100000))
                .id();
        long otherBody = admin.post(
                        "/api/bodies",
                        Map.of("name", "Wmo-raad " + System.nanoTime(), "shortName", "WR" + System.nanoTime() % 100000))
                .id();
        Api staff = accounts.staff(http);
        Api member = accounts.member(http, body);
        Api outsider = accounts.member(http, otherBody);

        byte[] draft = "Concept beleidsnota jeugd".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> request = new HashMap<>(Map.of(
                "bodyId",
                body,
                "subject",
                "Beleidsnota jeugd 2026",
                "question",
                "Wat vindt u van de voorgestelde wijkteams?",
                "requestedOn",
                "2026-01-05",
                "neededBy",
                "2026-02-16",
                "decision",
                "Collegevergadering 3 maart 2026",
                "decisionOn",
                "2026-03-03",
                "document",
                Map.of(
                        "fileName",
                        "concept nota.pdf",
                        "contentType",
                        "application/pdf",
                        "contentBase64",
                        Base64.getEncoder().encodeToString(draft))));
        Api.Answer created = staff.post("/api/requests", request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.at("status")).isEqualTo("OPEN");
        assertThat(created.at("documentSize")).isEqualTo(draft.length);
        long id = created.id();

        Api.Answer open = member.get("/api/requests");
        assertThat(open.list()).hasSize(1);
        assertThat(open.at("0.neededBy")).isEqualTo("2026-02-16");
        assertThat(open.at("0.decision")).isEqualTo("Collegevergadering 3 maart 2026");
        assertThat(member.download("/api/requests/" + id + "/document").bytes()).isEqualTo(draft);
        assertThat(outsider.get("/api/requests").list())
                .as("another body's members see nothing")
                .isEmpty();
        assertThat(outsider.get("/api/requests/" + id).status())
                .as("another body's request does not exist for them")
                .isEqualTo(404);
        assertThat(member.post("/api/requests", request).status())
                .as("members do not ask")
                .isEqualTo(403);

        long unsolicited =
                member.post("/api/advices", advice(body, "UNSOLICITED")).id();
        Api.Answer wrongKind = member.post("/api/requests/" + id + "/answer", Map.of("adviceId", unsolicited));
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.at("errors.0.field")).isEqualTo("adviceId");

        long advice = member.post("/api/advices", advice(body, "SOLICITED")).id();
        Api.Answer answered = member.post("/api/requests/" + id + "/answer", Map.of("adviceId", advice));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.at("status")).isEqualTo("ANSWERED");
        assertThat(answered.at("adviceId")).isEqualTo((int) advice);
        assertThat(member.get("/api/requests").list()).as("no longer open").isEmpty();
        assertThat(member.get("/api/advices/" + advice).at("answersRequestId"))
                .as("shown with the advice")
                .isEqualTo((int) id);
        assertThat(staff.get("/api/requests?status=answered").list()).hasSize(1);
        assertThat(member.post("/api/requests/" + id + "/answer", Map.of("adviceId", advice))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aRequestNeedsItsDatesInOrder() {
        long body = accounts.admin(http)
                .post(
                        "/api/bodies",
                        Map.of(
                                "name",
                                "Seniorenraad " + System.nanoTime(),
                                "shortName",
                                "SR" + System.nanoTime() % 100000))
                .id();
        Api.Answer wrong = accounts.staff(http)
                .post(
                        "/api/requests",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Nota",
                                "question",
                                "Graag advies",
                                "requestedOn",
                                "2026-02-01",
                                "neededBy",
                                "2026-01-15"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.at("errors.0.field")).isEqualTo("neededBy");
    }

    private static Map<String, Object> advice(long body, String kind) {
        return Map.of(
                "bodyId",
                body,
                "subject",
                "Advies jeugd",
                "kind",
                kind,
                "receivedOn",
                "2026-02-10",
                "points",
                List.of(Map.of("label", "1", "text", "Begin in de wijk.", "kind", "RECOMMENDATION")));
    }
}
