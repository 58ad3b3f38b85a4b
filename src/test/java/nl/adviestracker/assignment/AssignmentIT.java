package nl.adviestracker.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.adviestracker.response.RouteEvents;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Who does what, over the API: a lead official and per point an official with an internal due date before the
 * advice's external one; a broken rule answers problem+json naming the field; "Mijn werk" lists what is
 * assigned, what is late, what waits for review and the advices one leads.
 */
@MicronautTest(transactional = false)
class AssignmentIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    RouteEvents events;

    private long received(long body, String receivedOn) {
        return accounts.member(http, body)
                .post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Jeugdhulp " + System.nanoTime(),
                                "kind",
                                "SOLICITED",
                                "receivedOn",
                                receivedOn,
                                "points",
                                List.of(
                                        Map.of("label", "1", "text", "Kortere wachttijd", "kind", "REQUEST"),
                                        Map.of("label", "2", "text", "Hoe lang nu?", "kind", "QUESTION"))))
                .id();
    }

    private long body() {
        return accounts.admin(http)
                .post(
                        "/api/bodies",
                        Map.of(
                                "name",
                                "Toewijzing " + System.nanoTime(),
                                "shortName",
                                "T" + System.nanoTime() % 100000))
                .id();
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static void invalid(Api.Answer answer, String field, String reason) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.at("errors.0.field")).isEqualTo(field);
        assertThat((String) answer.at("errors.0.message")).contains(reason);
    }

    @Test
    void theLeadAssignsPointsWithAnInternalDueDateBeforeTheExternalOne() {
        long body = body();
        Api lead = accounts.staff(http);
        Api official = accounts.staff(http);
        long leadId = ((Number) lead.get("/api/me").at("userId")).longValue();
        long officialId = ((Number) official.get("/api/me").at("userId")).longValue();
        long advice = received(body, "2025-09-01");
        String due = (String) lead.get("/api/advices/" + advice).at("advice.responseDueOn");
        List<?> points = (List<?>) lead.get("/api/advices/" + advice).at("points");
        long point1 = ((Number) ((Map<?, ?>) points.get(0)).get("id")).longValue();
        long point2 = ((Number) ((Map<?, ?>) points.get(1)).get("id")).longValue();
        String base = "/api/advices/" + advice;

        invalid(lead.put(base + "/lead", Map.of("leadUserId", 999_999_999)), "leadUserId", "geen gebruiker");
        long memberId = ((Number) accounts.member(http, body).get("/api/me").at("userId")).longValue();
        invalid(lead.put(base + "/lead", Map.of("leadUserId", memberId)), "leadUserId", "geen actieve medewerker");
        Api.Answer chosen = lead.put(base + "/lead", Map.of("leadUserId", leadId));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(num(chosen.at("lead.userId"))).isEqualTo(leadId);

        invalid(
                lead.post(
                        base + "/assignments",
                        Map.of("pointIds", List.of(point1), "assigneeUserId", officialId, "internalDueOn", due)),
                "internalDueOn",
                "moet voor de uiterste antwoorddatum van het advies liggen");
        invalid(
                lead.post(
                        base + "/assignments",
                        Map.of("pointIds", List.of(), "assigneeUserId", officialId, "internalDueOn", "2025-09-20")),
                "pointIds",
                "kies ten minste één punt");
        assertThat((List<?>) lead.get(base + "/assignments").at("points")).isEmpty();

        String early = LocalDate.parse(due).minusDays(10).toString();
        Api.Answer assigned = lead.post(
                base + "/assignments",
                Map.of("pointIds", List.of(point2, point1), "assigneeUserId", officialId, "internalDueOn", early));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.at("points.0.label")).isEqualTo("1");
        assertThat(num(assigned.at("points.1.assignee.userId"))).isEqualTo(officialId);

        // reassigned: point 2 to the lead
        lead.post(
                base + "/assignments",
                Map.of("pointIds", List.of(point2), "assigneeUserId", leadId, "internalDueOn", early));
        assertThat(lead.get(base + "/assignments").at("points.1.assignee.name"))
                .isEqualTo(lead.get("/api/me").at("name"));

        Api.Answer refusedToMember = accounts.member(http, body).get(base + "/assignments");
        assertThat(refusedToMember.status()).isEqualTo(403);
        assertThat(events.of(advice))
                .containsExactly(
                        new LeadAssigned(advice, leadId, leadId),
                        new PointAssigned(advice, List.of(point1, point2), officialId, LocalDate.parse(early), leadId),
                        new PointAssigned(advice, List.of(point2), leadId, LocalDate.parse(early), leadId));
    }

    @Test
    void myWorkListsWhatIsLateWhatIsAssignedAndWhatWaitsForMyReview() {
        long body = body();
        Api lead = accounts.staff(http);
        Api official = accounts.staff(http);
        Api reviewer = accounts.staff(http);
        long officialId = ((Number) official.get("/api/me").at("userId")).longValue();
        long old = received(body, "2024-01-10");
        long fresh = received(body, LocalDate.now(DutchDates.ZONE).toString());
        long oldPoint = ((Number) lead.get("/api/advices/" + old).at("points.0.id")).longValue();
        List<?> freshPoints = (List<?>) lead.get("/api/advices/" + fresh).at("points");
        long freshPoint = ((Number) ((Map<?, ?>) freshPoints.get(0)).get("id")).longValue();
        long freshPoint2 = ((Number) ((Map<?, ?>) freshPoints.get(1)).get("id")).longValue();
        lead.post(
                "/api/advices/" + old + "/assignments",
                Map.of("pointIds", List.of(oldPoint), "assigneeUserId", officialId, "internalDueOn", "2024-01-20"));
        lead.post(
                "/api/advices/" + fresh + "/assignments",
                Map.of(
                        "pointIds", List.of(freshPoint, freshPoint2),
                        "assigneeUserId", officialId,
                        "internalDueOn",
                                LocalDate.now(DutchDates.ZONE).plusDays(14).toString()));
        long response = official.post(
                        "/api/advices/" + fresh + "/responses",
                        Map.of("pointIds", List.of(freshPoint2), "stance", "ADOPTED", "text", "Zo doen we het."))
                .id();
        official.post("/api/advices/" + fresh + "/responses/" + response + "/review/ask", Map.of());

        Api.Answer mine = official.get("/api/me/work");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(num(mine.at("late.0.adviceId"))).isEqualTo(old);
        assertThat(mine.at("late.0.link")).isEqualTo("/advices/" + old + "#punt-" + oldPoint);
        assertThat(num(mine.at("assigned.0.pointId"))).isEqualTo(freshPoint);
        assertThat(mine.at("assigned.1.reviewState")).isEqualTo("klaar voor beoordeling");
        assertThat(mine.at("assigned.1.link")).isEqualTo("/advices/" + fresh + "#reactie-" + response);
        assertThat(((List<?>) mine.at("toReview"))
                        .stream()
                                .map(r -> num(((Map<?, ?>) r).get("responseId")))
                                .toList())
                .doesNotContain(response);

        // the lead sees both advices, soonest due first: what is left to divide and to approve, and which is late
        long leadId = num(lead.get("/api/me").at("userId"));
        lead.put("/api/advices/" + fresh + "/lead", Map.of("leadUserId", leadId));
        lead.put("/api/advices/" + old + "/lead", Map.of("leadUserId", leadId));
        Api.Answer led = lead.get("/api/me/work");
        assertThat((List<?>) led.at("led")).hasSize(2);
        assertThat(num(led.at("led.0.adviceId"))).isEqualTo(old);
        assertThat(led.at("led.0.link")).isEqualTo("/advices/" + old);
        assertThat(led.at("led.0.late")).isEqualTo(true);
        assertThat(num(led.at("led.0.unassignedPoints"))).isEqualTo(1);
        assertThat(num(led.at("led.0.responsesNotApproved"))).isEqualTo(0);
        assertThat(num(led.at("led.1.adviceId"))).isEqualTo(fresh);
        assertThat(led.at("led.1.responseDueOn"))
                .isEqualTo(lead.get("/api/advices/" + fresh).at("advice.responseDueOn"));
        assertThat(led.at("led.1.late")).isEqualTo(false);
        assertThat(num(led.at("led.1.unassignedPoints"))).isEqualTo(0);
        assertThat(num(led.at("led.1.responsesNotApproved"))).isEqualTo(1);
        assertThat((List<?>) official.get("/api/me/work").at("led")).isEmpty();

        Api.Answer theirs = reviewer.get("/api/me/work");
        assertThat(((List<?>) theirs.at("toReview"))
                        .stream().map(r -> (String) ((Map<?, ?>) r).get("link")).toList())
                .contains("/advices/" + fresh + "#reactie-" + response);

        reviewer.post("/api/advices/" + fresh + "/responses/" + response + "/review/approve", Map.of());
        assertThat((List<?>) official.get("/api/me/work").at("assigned")).hasSize(1);
        assertThat(num(lead.get("/api/me/work").at("led.1.responsesNotApproved")))
                .isEqualTo(0);
        assertThat(accounts.member(http, body).get("/api/me/work").status()).isEqualTo(403);
    }
}
