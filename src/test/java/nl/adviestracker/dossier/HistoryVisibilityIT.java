package nl.adviestracker.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.LetterSteps;
import org.junit.jupiter.api.Test;

/**
 * An advice's history shows each change only to whom the changed record is shown: a member never
 * reads there what the college has not sent (draft responses, reasons, follow-ups, letter texts) and
 * never the college's internal notes.
 */
@MicronautTest(transactional = false)
class HistoryVisibilityIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Test
    void aMemberSeesTheCollegesChangesOnlyOnceTheLetterIsSentAndItsNotesNever() {
        Api admin = accounts.admin(http);
        long body = admin.post(
                        "/api/bodies",
                        Map.of("name", "Raad " + System.nanoTime(), "shortName", "H" + System.nanoTime() % 100000))
                .id();
        Api member = accounts.member(http, body);
        Api staff = accounts.staff(http);
        long advice = member.post(
                        "/api/advices",
                        Map.of(
                                "bodyId", body,
                                "subject", "Wmo",
                                "kind", "UNSOLICITED",
                                "receivedOn", "2024-09-01",
                                "points", List.of(Map.of("label", "1", "text", "Minder wachten", "kind", "REQUEST"))))
                .id();
        long point = ((Number) staff.get("/api/advices/" + advice).at("points.0.id")).longValue();
        long response = staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of(
                                "pointIds", List.of(point),
                                "stance", "NOT_ADOPTED",
                                "text", "Geheim concept",
                                "reason", "Interne afweging"))
                .id();
        long followUp = staff.post(
                        "/api/followups", Map.of("responseId", response, "description", "Nagaan", "owner", "DMO"))
                .id();
        staff.post("/api/followups/" + followUp + "/notes", Map.of("notedOn", "2024-09-10", "text", "Interne notitie"));
        staff.put("/api/advices/" + advice + "/letter", Map.of("closing", "Concept slot"));

        assertThat(member.get("/api/advices/" + advice + "/responses").status()).isEqualTo(403);
        Api.Answer before = member.get("/api/advices/" + advice + "/history");
        assertThat(before.status()).isEqualTo(200);
        assertThat(entities(before)).containsOnly("advice", "point");
        assertThat(before.body().toString()).doesNotContain("Geheim concept", "Interne afweging", "Concept slot");
        assertThat(entities(staff.get("/api/advices/" + advice + "/history")))
                .contains("response", "followup", "followup_note", "letter_text");

        Api manager = accounts.manager(http);
        assertThat(LetterSteps.checkAndFinalize(accounts, http, manager, advice, "DMO-7", "2024-10-01")
                        .status())
                .isEqualTo(201);
        // final is not yet sent: the member still sees only the body's own record
        Api.Answer whileFinal = member.get("/api/advices/" + advice + "/history");
        assertThat(entities(whileFinal)).doesNotContain("response", "followup", "letter_route");
        assertThat(whileFinal.body().toString()).doesNotContain("Geheim concept", "Interne afweging");
        LetterSteps.decideAndSend(staff, advice, "2024-10-02");
        Api.Answer after = member.get("/api/advices/" + advice + "/history");
        assertThat(entities(after)).contains("response", "followup").doesNotContain("followup_note");
        assertThat(after.body().toString()).contains("Geheim concept").doesNotContain("Interne notitie");
    }

    private static List<Object> entities(Api.Answer history) {
        return history.list().stream()
                .map(e -> ((Map<?, ?>) e).get("entity"))
                .map(Object.class::cast)
                .toList();
    }
}
