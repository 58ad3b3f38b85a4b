package nl.adviestracker.advice;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An advice someone may not see does not exist for them (404), on every route under it; an advice
 * stays with the body that wrote it.
 */
@MicronautTest(transactional = false)
class AdviceScopeIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    long body;
    long otherBody;
    Api member;
    Api staff;
    long draft;

    @BeforeEach
    void aDraftOfOneBody() {
        Api admin = accounts.admin(http);
        body = admin.post(
                        "/api/bodies",
                        Map.of("name", "Raad " + System.nanoTime(), "shortName", "S" + System.nanoTime() % 100000))
                .id();
        otherBody = admin.post(
                        "/api/bodies",
                        Map.of("name", "Andere " + System.nanoTime(), "shortName", "O" + System.nanoTime() % 100000))
                .id();
        member = accounts.member(http, body);
        staff = accounts.staff(http);
        draft = member.post("/api/advices", advice(body, "DRAFT", null)).id();
    }

    @Test
    void staffCannotReadOrWriteTheLetterMaterialOfADraft() {
        assertThat(staff.get("/api/advices/" + draft + "/letter").status()).isEqualTo(404);
        assertThat(staff.put("/api/advices/" + draft + "/letter", Map.of("closing", "Binnengedrongen"))
                        .status())
                .isEqualTo(404);
        assertThat(staff.post("/api/advices/" + draft + "/letter/versions", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(staff.get("/api/advices/" + draft + "/letter/versions").status())
                .isEqualTo(404);
        assertThat(staff.get("/api/advices/" + draft + "/unanswered").status()).isEqualTo(404);
        assertThat(staff.get("/api/advices/" + draft).status()).isEqualTo(404);
    }

    @Test
    void aMemberCannotMoveTheirDraftIntoAnotherBody() {
        Api.Answer moved = member.put("/api/advices/" + draft, advice(otherBody, null, 0));
        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.at("errors.0.field")).isEqualTo("bodyId");
        assertThat(member.get("/api/advices/" + draft).at("advice.bodyId")).isEqualTo((int) body);
    }

    @Test
    void anotherBodysAdviceAnswers404OnEveryRouteSoItsIdRevealsNothing() {
        long received = member.post("/api/advices", advice(body, null, null)).id();
        Api outsider = accounts.member(http, otherBody);
        for (long id : new long[] {draft, received}) {
            for (String path : List.of(
                    "", "/points", "/responses", "/history", "/due-date-extensions", "/document", "/letter.pdf")) {
                assertThat(outsider.get("/api/advices/" + id + path).status())
                        .as("GET /api/advices/%d%s", id, path)
                        .isEqualTo(404);
            }
            assertThat(outsider.post("/api/advices/" + id + "/submit", Map.of()).status())
                    .isEqualTo(404);
        }
        Api.Answer hidden = outsider.get("/api/advices/" + received);
        Api.Answer missing = outsider.get("/api/advices/" + (received + 1_000_000));
        assertThat(hidden.contentType()).isEqualTo(missing.contentType());
        assertThat(hidden.at("title")).isEqualTo(missing.at("title"));
    }

    private static Map<String, Object> advice(long bodyId, String status, Integer version) {
        Map<String, Object> input = new HashMap<>();
        input.put("bodyId", bodyId);
        input.put("subject", "Schuldhulp");
        input.put("kind", "UNSOLICITED");
        input.put("receivedOn", "2024-09-01");
        input.put("points", List.of(Map.of("label", "1", "text", "Eerder signaleren", "kind", "RECOMMENDATION")));
        if (status != null) {
            input.put("status", status);
        }
        if (version != null) {
            input.put("version", version);
        }
        return input;
    }
}
