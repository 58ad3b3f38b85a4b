package nl.adviestracker.advice;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.DatabaseState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every invalid request gets a 4xx problem body naming the field and the reason, and leaves the
 * database exactly as it was.
 */
@MicronautTest(transactional = false)
class BadInputIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Inject
    Accounts accounts;

    Api member;
    Api staff;
    long body;
    long advice;
    List<Long> points;

    @BeforeEach
    void anAdviceWithThreePoints() {
        body = accounts.admin(http)
                .post(
                        "/api/bodies",
                        Map.of(
                                "name",
                                "Jongerenraad " + System.nanoTime(),
                                "shortName",
                                "JR" + System.nanoTime() % 100000))
                .id();
        member = accounts.member(http, body);
        staff = accounts.staff(http);
        advice = member.post("/api/advices", validAdvice()).id();
        points = ((List<?>) member.get("/api/advices/" + advice + "/points").body())
                .stream()
                        .map(p -> ((Number) ((Map<?, ?>) p).get("id")).longValue())
                        .toList();
    }

    @Test
    void aMissingSubjectIsNamed() {
        Map<String, Object> request = validAdvice();
        request.remove("subject");
        assertRejected(() -> member.post("/api/advices", request), 400, "subject", "is verplicht");
    }

    @Test
    void aBlankSubjectIsNamed() {
        Map<String, Object> request = validAdvice();
        request.put("subject", "   ");
        assertRejected(() -> member.post("/api/advices", request), 400, "subject", "is verplicht");
    }

    @Test
    void aTextOverItsMaximumIsRejectedWithTheLimitNotTruncated() {
        Map<String, Object> request = validAdvice();
        request.put("subject", "x".repeat(301));
        assertRejected(() -> member.post("/api/advices", request), 400, "subject", "300");
    }

    @Test
    void anUnknownKindIsNamed() {
        Map<String, Object> request = validAdvice();
        request.put("kind", "MAYBE");
        assertRejected(() -> member.post("/api/advices", request), 400, "kind", null);
    }

    @Test
    void aDateThatIsNotADateIsNamed() {
        Map<String, Object> request = validAdvice();
        request.put("receivedOn", "2024-02-30");
        assertRejected(() -> member.post("/api/advices", request), 400, "receivedOn", null);
    }

    @Test
    void aDateFarOutsideAnyAdvicesLifetimeIsNamed() {
        Map<String, Object> request = validAdvice();
        request.put("receivedOn", "0205-02-03");
        assertRejected(() -> member.post("/api/advices", request), 400, "receivedOn", "1900");
    }

    @Test
    void duplicatePointLabelsAreNamedAndNothingIsStored() {
        Map<String, Object> request = validAdvice();
        request.put("points", List.of(point("1"), point("2"), point("2")));
        assertRejected(() -> member.post("/api/advices", request), 400, "points[2].label", "komt al eerder voor");
    }

    @Test
    void anInvalidPointInsideAnAdviceIsNamedByItsPlace() {
        Map<String, Object> request = validAdvice();
        request.put("points", List.of(point("1"), Map.of("label", "2", "kind", "RECOMMENDATION")));
        assertRejected(() -> member.post("/api/advices", request), 400, "points[1].text", "is verplicht");
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertRejected(
                () -> member.exchange(HttpRequest.POST("/api/advices", "{\"subject\": \"half")
                        .contentType(MediaType.APPLICATION_JSON_TYPE)),
                400,
                null,
                null);
    }

    @Test
    void anUnknownStanceIsNamed() {
        assertRejected(
                () -> staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of("pointIds", List.of(points.get(0)), "stance", "WHATEVER", "text", "x")),
                400,
                "stance",
                null);
    }

    @Test
    void aResponseCannotCoverAPointOfAnotherAdvice() {
        long other = member.post("/api/advices", validAdvice()).id();
        long foreignPoint = ((Number) staff.get("/api/advices/" + other).at("points.0.id")).longValue();
        assertRejected(
                () -> staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of("pointIds", List.of(points.get(0), foreignPoint), "stance", "ADOPTED", "text", "Ja.")),
                400,
                "pointIds",
                "hoort niet bij dit advies");
    }

    @Test
    void aPointCannotBeCoveredTwice() {
        staff.post(
                "/api/advices/" + advice + "/responses",
                Map.of("pointIds", List.of(points.get(0), points.get(1)), "stance", "ADOPTED", "text", "Ja."));
        assertRejected(
                () -> staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of(
                                "pointIds",
                                List.of(points.get(1), points.get(2)),
                                "stance",
                                "ADOPTED",
                                "text",
                                "Ook ja.")),
                400,
                "pointIds",
                "punt 2 is al beantwoord");
    }

    @Test
    void anUnknownFollowUpStatusIsNamed() {
        long response = staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of("pointIds", List.of(points.get(0)), "stance", "ADOPTED", "text", "Ja."))
                .id();
        assertRejected(
                () -> staff.post(
                        "/api/followups",
                        Map.of("responseId", response, "description", "Doen", "owner", "DMO", "status", "SOMEDAY")),
                400,
                "status",
                null);
    }

    @Test
    void aFollowUpDueDateSentAsANumberIsNotReadAsAYearFarAway() {
        long response = staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of("pointIds", List.of(points.get(0)), "stance", "ADOPTED", "text", "Ja."))
                .id();
        assertRejected(
                () -> staff.post(
                        "/api/followups",
                        Map.of("responseId", response, "description", "Doen", "owner", "DMO", "dueOn", 2_000_000_000)),
                400,
                "dueOn",
                "1900");
    }

    @Test
    void aFollowUpCannotSkipItsStateMachine() {
        long response = staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of("pointIds", List.of(points.get(0)), "stance", "ADOPTED", "text", "Ja."))
                .id();
        Api.Answer followUp =
                staff.post("/api/followups", Map.of("responseId", response, "description", "Doen", "owner", "DMO"));
        staff.post(
                "/api/followups/" + followUp.id() + "/transitions",
                Map.of(
                        "to",
                        "DONE",
                        "evidence",
                        Map.of("kind", "DECISION", "description", "Collegebesluit"),
                        "version",
                        followUp.at("version")));
        assertRejected(
                () -> staff.put(
                        "/api/followups/" + followUp.id(),
                        Map.of(
                                "responseId",
                                response,
                                "description",
                                "Doen",
                                "owner",
                                "DMO",
                                "status",
                                "OPEN",
                                "version",
                                1)),
                400,
                "status",
                "definitief");
    }

    @Test
    void unknownIdsAreNotFound() {
        assertRejected(() -> staff.get("/api/advices/999999"), 404, null, null);
        assertRejected(() -> staff.get("/api/advices/" + advice + "/responses/999999"), 404, null, null);
        assertRejected(() -> staff.put("/api/advices/999999", validAdvice()), 404, null, null);
        assertRejected(() -> staff.get("/api/followups/999999"), 404, null, null);
        assertRejected(() -> staff.get("/api/no-such-thing"), 404, null, null);
    }

    @Test
    void aStaleVersionIsAConflictThatShowsTheOtherChange() {
        Map<String, Object> first = validAdvice();
        first.put("ourReference", "DMO-1");
        first.put("version", 0);
        assertThat(staff.put("/api/advices/" + advice, first).status()).isEqualTo(200);

        Map<String, Object> second = validAdvice();
        second.put("ourReference", "DMO-2");
        second.put("version", 0);
        Api.Answer conflict = assertRejected(() -> staff.put("/api/advices/" + advice, second), 409, "version", null);
        assertThat(conflict.at("current.ourReference")).isEqualTo("DMO-1");
    }

    @Test
    void theTextOfASubmittedAdviceCannotBeChanged() {
        Map<String, Object> changed = validAdvice();
        changed.put("subject", "Iets anders");
        changed.put("version", 0);
        assertRejected(() -> staff.put("/api/advices/" + advice, changed), 409, null, null);
        assertRejected(() -> member.post("/api/advices/" + advice + "/points", point("4")), 409, null, null);
    }

    private Api.Answer assertRejected(Supplier<Api.Answer> request, int status, String field, String reasonPart) {
        Map<String, Long> before = DatabaseState.rowCounts(dataSource);
        Api.Answer answer = request.get();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.at("status")).isEqualTo(status);
        assertThat((String) answer.at("detail")).isNotBlank();
        if (field != null) {
            List<?> errors = (List<?>) answer.at("errors");
            assertThat(errors).as(answer.toString()).anySatisfy(error -> {
                assertThat(((Map<?, ?>) error).get("field")).isEqualTo(field);
                if (reasonPart != null) {
                    assertThat((String) ((Map<?, ?>) error).get("message")).contains(reasonPart);
                }
            });
        }
        assertThat(DatabaseState.rowCounts(dataSource))
                .as("nothing stored by a rejected request")
                .isEqualTo(before);
        return answer;
    }

    private Map<String, Object> validAdvice() {
        Map<String, Object> request = new HashMap<>();
        request.put("bodyId", body);
        request.put("subject", "Jeugdhulp dichtbij");
        request.put("kind", "UNSOLICITED");
        request.put("receivedOn", "2024-04-10");
        request.put("points", List.of(point("1"), point("2"), point("3")));
        return request;
    }

    private static Map<String, Object> point(String label) {
        return Map.of("label", label, "text", "Tekst van punt " + label, "kind", "RECOMMENDATION");
    }
}
