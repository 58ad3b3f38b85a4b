package nl.adviestracker.web;

import static nl.adviestracker.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Promises kept in public: staff plan a follow-up's milestones, record when each was reached and choose
 * which evidence the public sees; the public page of a published advice shows the promise with its status,
 * milestones and only that evidence; nothing of it shows while the advice is not published.
 */
@MicronautTest(transactional = false)
class PublicPromisesIT {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Scenery scenery;

    @Test
    void aPublishedAdviceShowsItsPromisesWithMilestonesAndOnlyTheEvidenceStaffShow() {
        Scenery.Set data = scenery.build("belofte");
        long advice = data.answered().id();
        Api staff = Accounts.logIn(http, "belofte-beleid", Scenery.PASSWORD);
        long response = ((Number) ((Map<?, ?>) staff.get("/api/advices/" + advice + "/responses")
                                .list()
                                .get(0))
                        .get("id"))
                .longValue();
        long followUp = staff.post(
                        "/api/followups",
                        Map.of(
                                "responseId", response,
                                "description", "Intensieve aanpak in Groningen-Noord",
                                "owner", "Afdeling DMO Beleid",
                                "dueOn", "2027-06-30"))
                .id();

        Api.Answer first = staff.post(
                "/api/followups/" + followUp + "/milestones",
                Map.of("description", "Wijkteam Noord gestart", "plannedOn", "2026-09-01"));
        assertThat(first.status()).isEqualTo(201);
        long second = staff.post(
                        "/api/followups/" + followUp + "/milestones",
                        Map.of("description", "Eerste evaluatie met de ASDG", "plannedOn", "2027-03-01"))
                .id();
        assertThat(staff.post("/api/followups/" + followUp + "/milestones", Map.of("plannedOn", "2027-03-01"))
                        .toString())
                .contains("400", "description");
        Api.Answer reached = staff.post(
                "/api/followups/" + followUp + "/milestones/" + first.id() + "/reached",
                Map.of("reachedOn", "2026-09-14"));
        assertThat(reached.status()).isEqualTo(200);
        assertThat(reached.at("reachedOn")).isEqualTo("2026-09-14");
        assertThat(staff.post("/api/followups/" + followUp + "/milestones/" + first.id() + "/reached", Map.of())
                        .status())
                .isEqualTo(409);
        assertThat(staff.post(
                                "/api/followups/" + followUp + "/milestones/" + second + "/reached",
                                Map.of(
                                        "reachedOn",
                                        LocalDate.now(DutchDates.ZONE)
                                                .plusDays(2)
                                                .toString()))
                        .status())
                .isEqualTo(400);

        long shown = evidence(staff, followUp, "Raadsbesluit wijkaanpak Noord", "https://example.org/besluit");
        evidence(staff, followUp, "Interne planning", "https://intranet.example.org/planning");
        assertThat(staff.put(
                                "/api/followups/" + followUp + "/evidence/" + shown + "/public",
                                Map.of("shownInPublic", true))
                        .status())
                .isEqualTo(200);

        WebClient anonymous = new WebClient(server.getURL().toString());
        assertThat(anonymous.get("/public/advices/" + advice).status()).isEqualTo(404);
        Api member = Accounts.logIn(http, "belofte-lid", Scenery.PASSWORD);
        assertThat(member.post(
                                "/api/followups/" + followUp + "/milestones",
                                Map.of("description", "Door het lid", "plannedOn", "2027-01-01"))
                        .status())
                .isEqualTo(403);

        assertThat(staff.post("/api/advices/" + advice + "/publication", Map.of())
                        .status())
                .isEqualTo(201);
        Document page = anonymous.get("/public/advices/" + advice).html();
        String promises = page.select("ul.promises").text();
        assertThat(promises)
                .contains("Intensieve aanpak in Groningen-Noord")
                .contains("Wijkteam Noord gestart: bereikt op 14 september 2026")
                .contains("Eerste evaluatie met de ASDG: gepland op 1 maart 2027")
                .contains("uiterlijk 30 juni 2027")
                .contains("Raadsbesluit wijkaanpak Noord")
                .doesNotContain("Interne planning")
                .doesNotContain("Afdeling DMO Beleid");
        assertThat(page.select("ul.promises a").eachAttr("href")).containsExactly("https://example.org/besluit");
    }

    @Test
    void staffPlanAndReachMilestonesAndChooseThePublicEvidenceOnTheirScreen() {
        Scenery.Set data = scenery.build("mijlpaal");
        long followUp = data.followUp().id();
        WebClient staff = new WebClient(server.getURL().toString()).logIn("mijlpaal-beleid", Scenery.PASSWORD);
        assertThat(staff.get("/followups/" + followUp).html().select("a[href$=/milestones]"))
                .isNotEmpty();

        WebClient.Page refused =
                staff.post("/followups/" + followUp + "/milestones", form("description", "", "plannedOn", "1 maart"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select(".field-error").eachText()).hasSize(2);

        WebClient.Page added = staff.post(
                "/followups/" + followUp + "/milestones",
                form("description", "Monitor opgeleverd", "plannedOn", "2026-10-01"));
        assertThat(added.status()).isEqualTo(303);
        Document page = staff.get(added.location()).html();
        assertThat(page.select("[role=status]").text()).contains("De mijlpaal is toegevoegd");
        String action = page.select("form[action$='/reached']").attr("action");
        assertThat(action).matches("/followups/\\d+/milestones/\\d+/reached");
        WebClient.Page reached = staff.post(action, form());
        assertThat(reached.status()).as(reached.body()).isEqualTo(303);
        assertThat(staff.get("/followups/" + followUp + "/milestones")
                        .html()
                        .select("table")
                        .text())
                .contains("Monitor opgeleverd")
                .doesNotContain("Bereikt vandaag");
        assertThat(new WebClient(server.getURL().toString())
                        .logIn("mijlpaal-lid", Scenery.PASSWORD)
                        .get("/followups/" + followUp + "/milestones")
                        .status())
                .isEqualTo(403);
        assertThat(staff.get("/advices/" + data.received().id())
                        .html()
                        .select("section.history")
                        .text())
                .contains("plande een mijlpaal bij een toezegging: Monitor opgeleverd")
                .contains("legde vast dat een mijlpaal is bereikt: Monitor opgeleverd");
    }

    private static long evidence(Api staff, long followUp, String description, String url) {
        Api.Answer answer = staff.post(
                "/api/followups/" + followUp + "/evidence",
                Map.of("kind", "LINK", "description", description, "url", url));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        List<?> evidence = (List<?>) answer.at("evidence");
        return ((Number) ((Map<?, ?>) evidence.get(evidence.size() - 1)).get("id")).longValue();
    }
}
