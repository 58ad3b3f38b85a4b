package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.adviestracker.followup.FollowUpInput;
import nl.adviestracker.followup.FollowUps;
import nl.adviestracker.response.Responses;
import nl.adviestracker.shared.DutchDates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The tasks that had only an API, done on the screens as people would, in a real browser: staff extend
 * an answer's term with a reason, record evidence for a follow-up, close it and tell the body by a
 * letter made final after a confirmation; a member sees the letter and the follow-ups promised, and
 * deletes a draft after a confirmation. Every page is checked with axe-core and photographed.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TaskScreensIT {

    @Inject
    EmbeddedServer server;

    @Inject
    Scenery scenery;

    @Inject
    FollowUps followUps;

    @Inject
    Responses responses;

    Browser browser;
    Scenery.Set data;

    @BeforeAll
    void setUp() {
        data = scenery.build("taken");
        long answeredResponse = responses.list(data.answered().id()).get(0).id();
        followUps.create(new FollowUpInput(
                answeredResponse,
                "De regeling eenvoudiger maken en de raad informeren",
                "Afdeling DMO Beleid",
                LocalDate.now(DutchDates.ZONE).plusMonths(2),
                null,
                null));
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void staffExtendTheTermWithAReason() {
        Page page = browser.newPage();
        Browser.logIn(page, "taken-beleid", Scenery.PASSWORD);
        page.navigate("/advices/" + data.received().id());
        page.locator("#termijn-link").click();
        assertThat(page.locator("h1")).hasText("Reactietermijn");
        assertThat(page.locator("main")).containsText("De termijn is niet verlengd.");
        Browser.assertAccessible(page, "term page");
        Browser.screenshot(page, "taken-1-termijn");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Termijn verlengen"))
                .click();
        assertThat(page.locator("#termijn-dueOn-fout")).containsText("is verplicht");
        assertThat(page.locator("#termijn-reason-fout")).isVisible();
        Browser.assertAccessible(page, "term page with errors");

        page.getByLabel("Nieuwe uiterste datum").fill("2024-04-26");
        page.getByLabel("Reden van de verlenging").fill("Het college vergadert pas op 23 april.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Termijn verlengen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De reactietermijn is verlengd");
        assertThat(page.locator("#termijn-nu")).hasText("26 april 2024");
        assertThat(page.locator("table")).containsText("15 maart 2024");
        assertThat(page.locator("table")).containsText("Het college vergadert pas op 23 april.");
        assertThat(page.locator("table")).containsText("Test beleidsmedewerker");
        Browser.screenshot(page, "taken-2-termijn-verlengd");

        page.navigate("/advices/" + data.received().id());
        page.locator("summary", new Page.LocatorOptions().setHasText("Wie wijzigde wat"))
                .click();
        assertThat(page.locator(".history-list")).containsText("Test beleidsmedewerker verlengde de reactietermijn");
        assertThat(page.locator(".history-list")).not().containsText("taken-beleid");
        Browser.screenshot(page, "taken-3-geschiedenis");
        page.context().close();
    }

    @Test
    @Order(2)
    void staffRecordEvidenceCloseAFollowUpAndTellTheBodyByLetter() throws Exception {
        Page page = browser.newPage();
        Browser.logIn(page, "taken-beleid", Scenery.PASSWORD);
        String followUp = "/followups/" + data.followUp().id();
        page.navigate(followUp);
        assertThat(page.locator("#verloop")).containsText("De status is nog niet gewijzigd");
        Browser.assertAccessible(page, "follow-up page");

        page.locator("summary", new Page.LocatorOptions().setHasText("Bewijs toevoegen"))
                .click();
        page.getByLabel("Soort bewijs").selectOption("DOCUMENT");
        page.getByLabel("Omschrijving").fill("Monitor armoede 2025, gestuurd aan de ASDG");
        Path file = Files.createTempFile("monitor", ".txt");
        Files.writeString(file, "Monitor armoede 2025", StandardCharsets.UTF_8);
        page.locator("#bewijs-file").setInputFiles(file);
        page.locator("#bewijs form button[type=submit]").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Het bewijs is toegevoegd");
        APIResponse download =
                page.context().request().get(page.locator("#bewijs a[download]").getAttribute("href"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.text()).isEqualTo("Monitor armoede 2025");

        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("DONE");
        page.locator("#toezegging-reason").fill("De monitor is verschenen.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("bijgewerkt");
        assertThat(page.locator("#verloop table")).containsText("afgerond");
        assertThat(page.locator("#verloop table")).containsText("De monitor is verschenen.");
        assertThat(page.locator("#verloop table")).containsText("Test beleidsmedewerker");
        Browser.assertAccessible(page, "follow-up done");
        Browser.screenshot(page, "taken-4-toezegging-afgerond");

        page.getByText("Brief aan het adviesorgaan opstellen").click();
        assertThat(page.locator("h1")).hasText("Brief over de uitkomst van een toezegging");
        Browser.assertAccessible(page, "follow-up letter");
        Browser.screenshot(page, "taken-5-brief-toezegging");
        page.getByLabel("Extra alinea").fill("Wij bespreken de monitor graag in uw vergadering van juni.");
        com.microsoft.playwright.Download preview =
                page.waitForDownload(() -> page.locator("#voorbeeld").click());
        assertThat(Files.readAllBytes(preview.path())).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

        page.locator("#definitief").click();
        assertThat(page.locator("h1")).containsText("definitief maken?");
        assertThat(page.locator("main")).containsText("verstuurt de brief niet zelf");
        Browser.assertAccessible(page, "confirm follow-up letter");
        Browser.screenshot(page, "taken-6-bevestigen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, brief definitief maken"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("definitief gemaakt en bewaard");
        assertThat(page.locator("#geinformeerd")).containsText("per brief geïnformeerd");
        APIResponse kept =
                page.context().request().get(page.locator("#geinformeerd a").getAttribute("href"));
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.body()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        Browser.screenshot(page, "taken-7-geinformeerd");
        page.context().close();
    }

    @Test
    @Order(3)
    void aMemberSeesTheLetterAndThePromisedFollowUps() {
        Page page = browser.newPage();
        Browser.logIn(page, "taken-lid", Scenery.PASSWORD);
        page.navigate("/advices/" + data.answered().id());
        assertThat(page.locator("#antwoordbrief-pdf")).isVisible();
        assertThat(page.locator("#toezeggingen-aan-u table"))
                .containsText("De regeling eenvoudiger maken en de raad informeren");
        assertThat(page.locator("#toezeggingen-aan-u table")).containsText("punten 1 t/m 3");
        Browser.assertAccessible(page, "member's answered advice");
        Browser.screenshot(page, "taken-8-lid-antwoord-en-toezeggingen");

        page.navigate("/advices/" + data.received().id());
        assertThat(page.locator("#antwoordbrief-pdf")).hasCount(0);
        assertThat(page.locator("#toezeggingen-aan-u")).hasCount(0);
        page.navigate("/advices/" + data.received().id() + "/termijn");
        assertThat(page.locator("table")).containsText("Het college vergadert pas op 23 april.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Termijn verlengen")))
                .hasCount(0);
        Browser.assertAccessible(page, "member's term page");
        page.context().close();
    }

    @Test
    @Order(4)
    void aMemberDeletesADraftOnlyAfterConfirming() {
        Page page = browser.newPage();
        Browser.logIn(page, "taken-lid", Scenery.PASSWORD);
        page.navigate("/advices/" + data.draft().id());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept verwijderen"))
                .click();
        assertThat(page.locator("h1")).containsText("verwijderen?");
        Browser.assertAccessible(page, "confirm delete");
        Browser.screenshot(page, "taken-9-concept-verwijderen");
        page.getByText("Nee, terug naar het concept").click();
        assertThat(page.locator("h1")).hasText("Concept over schuldhulp");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept verwijderen"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, concept verwijderen"))
                .click();
        assertThat(page.locator("#melding")).hasText("Het concept is verwijderd.");
        Browser.screenshot(page, "taken-10-concept-verwijderd");
        page.context().close();
    }
}
