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

/** Extending the term to answer an advice: the new date is in force, the history with reasons is kept and shown. */
@MicronautTest(transactional = false)
class DueDateExtensionIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    Api staff;
    Api member;
    long body;
    long advice;

    @BeforeEach
    void anAdviceDueInTenWorkingDays() {
        body = accounts.admin(http)
                .post(
                        "/api/bodies",
                        Map.of(
                                "name",
                                "Wmo-raad " + System.nanoTime(),
                                "shortName",
                                "W" + System.nanoTime() % 100000,
                                "responseTermLength",
                                10,
                                "responseTermUnit",
                                "WORKING_DAYS"))
                .id();
        member = accounts.member(http, body);
        staff = accounts.staff(http);
        Api.Answer created = member.post("/api/advices", advice());
        assertThat(created.at("responseDueOn"))
                .as("Christmas and Nieuwjaarsdag skipped")
                .isEqualTo("2025-01-08");
        advice = created.id();
    }

    @Test
    void extensionsMoveTheDueDateAndKeepTheirReasons() {
        Api.Answer first = staff.post(
                path(),
                Map.of(
                        "length",
                        2,
                        "unit",
                        "WEEKS",
                        "reason",
                        "Wethouder wil eerst de raadsinformatiebrief afwachten.",
                        "version",
                        0));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.at("previousDueOn")).isEqualTo("2025-01-08");
        assertThat(first.at("newDueOn")).isEqualTo("2025-01-22");
        assertThat(first.at("extendedBy")).isNotNull();

        Api.Answer second = staff.post(
                path(), Map.of("dueOn", "2025-02-03", "reason", "Collegevergadering verschoven.", "version", 1));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);

        Api.Answer dossier = staff.get("/api/advices/" + advice);
        assertThat(dossier.at("advice.responseDueOn")).isEqualTo("2025-02-03");
        assertThat((List<?>) dossier.at("dueDateExtensions")).hasSize(2);
        assertThat(dossier.at("dueDateExtensions.0.reason"))
                .isEqualTo("Wethouder wil eerst de raadsinformatiebrief afwachten.");
        assertThat(dossier.at("dueDateExtensions.1.previousDueOn")).isEqualTo("2025-01-22");
        assertThat(member.get(path()).list())
                .as("the body sees the history too")
                .hasSize(2);

        Map<String, Object> change = advice();
        change.remove("points");
        change.put("ourReference", "DMO-7");
        change.put("version", 2);
        Api.Answer updated = staff.put("/api/advices/" + advice, change);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.at("responseDueOn"))
                .as("an edit without a date keeps the extended one")
                .isEqualTo("2025-02-03");
    }

    @Test
    void anExtensionWithoutReasonOrToAnEarlierDateIsRefused() {
        Api.Answer noReason = staff.post(path(), Map.of("dueOn", "2025-02-03", "version", 0));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.at("errors.0.field")).isEqualTo("reason");

        Api.Answer earlier = staff.post(path(), Map.of("dueOn", "2025-01-07", "reason", "Sneller", "version", 0));
        assertThat(earlier.status()).isEqualTo(400);
        assertThat((String) earlier.at("errors.0.message")).contains("na de huidige uiterste datum");

        Api.Answer both = staff.post(
                path(), Map.of("dueOn", "2025-02-03", "length", 1, "unit", "WEEKS", "reason", "Dubbel", "version", 0));
        assertThat(both.status()).isEqualTo(400);

        Api.Answer stale = staff.post(path(), Map.of("dueOn", "2025-02-03", "reason", "Oud", "version", 7));
        assertThat(stale.status()).isEqualTo(409);

        assertThat(member.post(path(), Map.of("dueOn", "2025-02-03", "reason", "Wij willen het", "version", 0))
                        .status())
                .as("only staff extend")
                .isEqualTo(403);
        assertThat(staff.get(path()).list()).isEmpty();
    }

    @Test
    void staffFindNoTermToExtendOnADraftAsTheyFindNoDraftAtAll() {
        Map<String, Object> draft = advice();
        draft.put("status", "DRAFT");
        long id = member.post("/api/advices", draft).id();

        Api.Answer extended = staff.post(
                "/api/advices/" + id + "/due-date-extensions",
                Map.of("dueOn", "2025-02-03", "reason", "Nog geen advies", "version", 0));

        assertThat(extended.status()).as(extended.toString()).isEqualTo(404);
        assertThat(staff.get("/api/advices/" + id).status()).isEqualTo(404);
        assertThat(member.get("/api/advices/" + id + "/due-date-extensions").list())
                .isEmpty();
    }

    private String path() {
        return "/api/advices/" + advice + "/due-date-extensions";
    }

    private Map<String, Object> advice() {
        Map<String, Object> request = new HashMap<>();
        request.put("bodyId", body);
        request.put("subject", "Mantelzorg");
        request.put("kind", "UNSOLICITED");
        request.put("receivedOn", "2024-12-20");
        request.put(
                "points", List.of(Map.of("label", "1", "text", "Ondersteun mantelzorgers.", "kind", "RECOMMENDATION")));
        return request;
    }
}
