package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A policy officer moves a follow-up's date in the browser: the screen asks why, in Dutch, and keeps the move
 * with who and why; the body's member sees the history beside the promise, and the public page of the
 * published advice shows it without the officer's name.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DueDateMoveStoriesIT {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Scenery scenery;

    Browser browser;
    Scenery.Set data;
    long followUp;

    @BeforeAll
    void setUp() {
        data = scenery.build("verschuif");
        Api staff = Accounts.logIn(http, "verschuif-beleid", Scenery.PASSWORD);
        long response = ((Number)
                        ((Map<?, ?>) staff.get("/api/advices/" + data.answered().id() + "/responses")
                                        .list()
                                        .get(0))
                                .get("id"))
                .longValue();
        followUp = staff.post(
                        "/api/followups",
                        Map.of(
                                "responseId", response,
                                "description", "Regelingen herschrijven in eenvoudige taal",
                                "owner", "Afdeling Inkomen",
                                "dueOn", "2027-03-01"))
                .id();
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theBodySeesWhoMovedTheAnswersTermAndWhy() {
        Api staff = Accounts.logIn(http, "verschuif-beleid", Scenery.PASSWORD);
        long advice = data.received().id();
        Api.Answer extended = staff.post(
                "/api/advices/" + advice + "/due-date-extensions",
                Map.of(
                        "dueOn", "2024-04-30",
                        "reason", "De wethouder wacht de raadsbrief af",
                        "version", staff.get("/api/advices/" + advice).at("advice.version")));
        org.assertj.core.api.Assertions.assertThat(extended.status())
                .as(extended.toString())
                .isEqualTo(201);

        Page member = browser.newPage();
        Browser.logIn(member, "verschuif-lid", Scenery.PASSWORD);
        member.navigate("/advices/" + advice);
        assertThat(member.locator("#termijn-verschoven"))
                .containsText("Eerst was het antwoord uiterlijk 15 maart 2024 beloofd; nu uiterlijk 30 april 2024");
        assertThat(member.locator("#termijn-verschoven tbody")).containsText("De wethouder wacht de raadsbrief af");
        assertThat(member.locator("#termijn-verschoven tbody")).containsText("Test beleidsmedewerker");
        Browser.screenshot(member, "verschuif-0-termijn-lid");
        member.context().close();
    }

    @Test
    void theScreenAsksWhyTheDateMovesAndTheBodySeesTheHistory() {
        Page page = browser.newPage();
        Browser.logIn(page, "verschuif-beleid", Scenery.PASSWORD);
        page.navigate("/followups/" + followUp);
        assertThat(page.locator("#datum-verschoven")).containsText("De datum is niet verschoven.");

        page.locator("#toezegging-dueOn").fill("2027-06-01");
        page.locator("form[action='/followups/" + followUp + "'] button[type=submit]")
                .click();
        assertThat(page.locator("#toezegging-dueOnReason-fout"))
                .containsText("is verplicht: zeg waarom de datum verschuift van 1 maart 2027 naar 1 juni 2027");
        assertThat(page.locator("#toezegging-fouten")).containsText("Reden voor de nieuwe datum");
        assertThat(page.locator("#toezegging-dueOn")).hasValue("2027-06-01");
        Browser.screenshot(page, "verschuif-1-reden-gevraagd");
        Browser.assertAccessible(page, "follow-up page, reason for a moved date asked");

        page.locator("#toezegging-dueOnReason").fill("De aanbesteding van de vertalers liep uit.");
        page.locator("form[action='/followups/" + followUp + "'] button[type=submit]")
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De toezegging is bijgewerkt.");
        for (String shown : new String[] {
            "Oorspronkelijk uiterlijk 1 maart 2027",
            "Test beleidsmedewerker",
            "1 juni 2027",
            "De aanbesteding van de vertalers liep uit."
        }) {
            assertThat(page.locator("#datum-verschoven")).containsText(shown);
        }
        Browser.screenshot(page, "verschuif-2-geschiedenis");
        page.context().close();

        String today = DutchDates.format(LocalDate.now(DutchDates.ZONE));
        Page member = browser.newPage();
        Browser.logIn(member, "verschuif-lid", Scenery.PASSWORD);
        member.navigate("/advices/" + data.answered().id());
        assertThat(member.locator("#toezeggingen-aan-u .due-date-history"))
                .hasText("Oorspronkelijk 1 maart 2027; verschoven naar 1 juni 2027 op " + today
                        + " door Test beleidsmedewerker: De aanbesteding van de vertalers liep uit");
        Browser.screenshot(member, "verschuif-3-lid");
        Browser.assertAccessible(member, "advice page of a member, a moved follow-up");
        member.context().close();

        Api staff = Accounts.logIn(http, "verschuif-beleid", Scenery.PASSWORD);
        org.assertj.core.api.Assertions.assertThat(
                        staff.post("/api/advices/" + data.answered().id() + "/publication", Map.of())
                                .status())
                .isEqualTo(201);
        Page anyone = browser.newPage();
        anyone.navigate("/public/advices/" + data.answered().id());
        assertThat(anyone.locator("ul.promises .due-date-history"))
                .hasText("Oorspronkelijk 1 maart 2027; verschoven naar 1 juni 2027 op " + today
                        + ": De aanbesteding van de vertalers liep uit");
        Browser.screenshot(anyone, "verschuif-4-openbaar");
        anyone.context().close();
    }
}
