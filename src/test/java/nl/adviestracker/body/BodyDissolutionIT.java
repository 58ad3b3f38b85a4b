package nl.adviestracker.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * An admin dissolves an advisory body: what it advised stays readable, but no new advice, request or
 * member is registered for it, on any path, until it is reopened.
 */
@MicronautTest(transactional = false)
class BodyDissolutionIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Test
    void aDissolvedBodyKeepsItsAdviceAndTakesNothingNewUntilReopened() {
        Api admin = accounts.admin(http);
        long unique = System.nanoTime() % 1_000_000;
        long body = admin.post("/api/bodies", Map.of("name", "Ouderenraad " + unique, "shortName", "OR" + unique))
                .id();
        Api staff = accounts.staff(http);
        Api member = accounts.member(http, body);
        long earlier =
                member.post("/api/advices", advice(body, "Eerder advies")).id();

        Api.Answer dissolved = admin.post("/api/bodies/" + body + "/dissolve", Map.of());
        assertThat(dissolved.status()).isEqualTo(200);
        assertThat(dissolved.at("dissolvedOn"))
                .isEqualTo(LocalDate.now(DutchDates.ZONE).toString());

        assertThat(member.get("/api/advices/" + earlier).status()).isEqualTo(200);
        assertRefused(member.post("/api/advices", advice(body, "Nieuw advies")));
        assertRefused(staff.post(
                "/api/requests",
                Map.of(
                        "bodyId",
                        body,
                        "subject",
                        "Nota ouderenbeleid",
                        "question",
                        "Wat vindt u ervan?",
                        "neededBy",
                        LocalDate.now(DutchDates.ZONE).plusWeeks(6).toString())));
        assertRefused(admin.post(
                "/api/users",
                Map.of(
                        "username",
                        "ouder-" + unique,
                        "name",
                        "Riet de Vries",
                        "email",
                        "riet" + unique + "@example.org",
                        "role",
                        "ASDG",
                        "bodyId",
                        body,
                        "password",
                        "een-lang-wachtwoord-voor-riet")));
        assertThat(admin.post("/api/bodies/" + body + "/dissolve", Map.of()).status())
                .isEqualTo(409);

        Api.Answer reopened = admin.post("/api/bodies/" + body + "/reopen", Map.of());
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.at("dissolvedOn")).isNull();
        assertThat(member.post("/api/advices", advice(body, "Na heropenen")).status())
                .isEqualTo(201);
        assertThat(admin.post("/api/bodies/" + body + "/reopen", Map.of()).status())
                .isEqualTo(409);
    }

    private static void assertRefused(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.toString()).contains("bodyId").contains("is opgeheven");
    }

    private static Map<String, Object> advice(long body, String subject) {
        return Map.of(
                "bodyId",
                body,
                "subject",
                subject,
                "kind",
                "UNSOLICITED",
                "receivedOn",
                "2026-11-02",
                "points",
                List.of(Map.of("label", "1", "text", "Tekst", "kind", "RECOMMENDATION")));
    }
}
