package nl.adviestracker.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The life of the ASDG advice on the Brede aanpak armoede (seed 004), entered and answered over the
 * API as policy staff would: seven points, one response for points 1 to 4, one each for 5, 6 and 7,
 * and the open follow-up on the Noord approach.
 */
@MicronautTest(transactional = false)
class SeedAdviceIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    Api admin;
    Api staff;

    @BeforeEach
    void setUp() {
        admin = accounts.admin(http);
        staff = accounts.staff(http);
    }

    @Test
    void theSeedAdviceIsAnsweredPointByPointUntilNothingIsLeftOpen() {
        long body = admin.post(
                        "/api/bodies",
                        Map.of(
                                "name",
                                "Adviesgroep Sociaal Domein Groningen",
                                "shortName",
                                "ASDG",
                                "contactName",
                                "D. Brouns",
                                "postalAddress",
                                "Postbus 30026\n9700 RM GRONINGEN",
                                "projectGroups",
                                List.of("Armoede")))
                .id();
        Api member = accounts.member(http, body);
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            points.add(Map.of("label", String.valueOf(i), "text", "Tekst van punt " + i, "kind", "RECOMMENDATION"));
        }
        Api.Answer created = member.post(
                "/api/advices",
                Map.of(
                        "bodyId",
                        body,
                        "subject",
                        "Concept uitvoeringsprogramma Brede aanpak armoede",
                        "kind",
                        "SOLICITED",
                        "receivedOn",
                        "2024-02-02",
                        "department",
                        "Afdeling DMO Beleid",
                        "theme",
                        "Armoede",
                        "points",
                        points));
        assertThat(created.status()).isEqualTo(201);
        long advice = created.id();
        assertThat(created.at("responseDueOn")).as("six weeks after receipt").isEqualTo("2024-03-15");
        assertThat(created.at("status")).isEqualTo("RECEIVED");

        Api.Answer unanswered = staff.get("/api/advices/" + advice + "/unanswered");
        assertThat((List<?>) unanswered.at("unansweredPoints")).hasSize(7);

        List<Long> pointIds = ((List<?>)
                        staff.get("/api/advices/" + advice + "/points").body())
                .stream()
                        .map(p -> ((Number) ((Map<?, ?>) p).get("id")).longValue())
                        .toList();
        respond(advice, pointIds.subList(0, 4), "ALREADY_POLICY", "De monitoring is al gericht op wat we bereiken.");
        assertThat((List<?>) staff.get("/api/advices/" + advice + "/unanswered").at("unansweredPoints"))
                .hasSize(3);
        respond(advice, pointIds.subList(4, 5), "REFERRED", "Dit valt onder ander beleid.");
        respond(advice, pointIds.subList(5, 6), "PARTLY_ADOPTED", "Maatwerk blijft mogelijk.");
        long noord = respond(advice, pointIds.subList(6, 7), "TAKEN_INTO_ACCOUNT", "De aanpak is in ontwikkeling.");

        Api.Answer complete = staff.get("/api/advices/" + advice + "/unanswered");
        assertThat((List<?>) complete.at("unansweredPoints")).isEmpty();
        assertThat((List<?>) complete.at("ruleViolations")).isEmpty();
        assertThat(complete.at("complete")).isEqualTo(true);

        Api.Answer followUp = staff.post(
                "/api/followups",
                Map.of(
                        "responseId",
                        noord,
                        "description",
                        "Advies over preventie meenemen in de intensieve aanpak Noord",
                        "owner",
                        "Afdeling DMO Beleid"));
        assertThat(followUp.status()).isEqualTo(201);
        assertThat(followUp.at("status")).isEqualTo("OPEN");

        Api.Answer dossier = staff.get("/api/advices/" + advice);
        assertThat((List<?>) dossier.at("points")).hasSize(7);
        assertThat((List<?>) dossier.at("responses")).hasSize(4);
        assertThat(dossier.at("responses.0.pointIds"))
                .isEqualTo(pointIds.subList(0, 4).stream().map(Long::intValue).toList());
        assertThat((List<?>) dossier.at("followUps")).hasSize(1);
        assertThat(dossier.at("followUps.0.description"))
                .isEqualTo("Advies over preventie meenemen in de intensieve aanpak Noord");

        Api.Answer open = staff.get("/api/followups?status=open");
        assertThat(open.at("total")).isEqualTo(1);
        assertThat(open.at("items.0.adviceId")).isEqualTo((int) advice);
    }

    @Test
    void aResponseThatDepartsFromTheAdviceWithoutAReasonIsRefusedAndThePointStaysOpen() {
        long body = admin.post("/api/bodies", Map.of("name", "Wmo-raad", "shortName", "WMO"))
                .id();
        long advice = accounts.member(http, body)
                .post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Huishoudelijke hulp",
                                "kind",
                                "UNSOLICITED",
                                "receivedOn",
                                "2024-05-01",
                                "points",
                                List.of(Map.of("label", "1", "text", "Doe dit", "kind", "REQUEST"))))
                .id();
        long point = ((Number) staff.get("/api/advices/" + advice).at("points.0.id")).longValue();

        Api.Answer refused = staff.post(
                "/api/advices/" + advice + "/responses",
                Map.of("pointIds", List.of(point), "stance", "NOT_ADOPTED", "text", "Dat doen we niet."));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.at("errors.0.field")).isEqualTo("reason");
        Api.Answer check = staff.get("/api/advices/" + advice + "/unanswered");
        assertThat(check.at("unansweredPoints.0.label")).isEqualTo("1");
        assertThat((List<?>) check.at("ruleViolations")).isEmpty();
        assertThat(check.at("complete")).isEqualTo(false);
    }

    private long respond(long advice, List<Long> pointIds, String stance, String reason) {
        Api.Answer answer = staff.post(
                "/api/advices/" + advice + "/responses",
                Map.of(
                        "pointIds",
                        pointIds,
                        "stance",
                        stance,
                        "paraphrase",
                        "Samenvatting",
                        "text",
                        "Het antwoord van het college.",
                        "reason",
                        reason));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.id();
    }
}
