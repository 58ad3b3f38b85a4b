package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import nl.adviestracker.shared.DutchDates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One whole story per user group, in a real browser: an ASDG member enters an advice with five points
 * and submits it; policy staff answer every point (one response covers two), see the unanswered count
 * reach zero and preview the letter; a manager finds the resulting open follow-up on the dashboard.
 * Each step saves a screenshot under {@code target/screenshots}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebStoriesIT {

    static final String PASSWORD = "wachtwoord-voor-test";
    static final String SUBJECT = "Jeugdhulp dichtbij in de wijk";
    static final String PROMISE = "De raad informeren over wijkgerichte jeugdhulp";
    static final LocalDate PROMISED_BY = LocalDate.now(DutchDates.ZONE).plusMonths(3);

    @Inject
    EmbeddedServer server;

    @Inject
    Bodies bodies;

    @Inject
    Users users;

    Browser browser;
    String adviceUrl;

    @BeforeAll
    void setUp() {
        long body = bodies.create(new BodyInput(
                        "Adviesgroep Sociaal Domein Groningen",
                        "ASDG",
                        "D. Brouns",
                        "Postbus 30026\n9700 RM GRONINGEN",
                        null,
                        null,
                        List.of("Jeugd", "Armoede"),
                        null))
                .id();
        user("lid", "Anna de Vries", Role.ASDG, body);
        user("beleid", "Bram Jansen", Role.STAFF, null);
        user("teamleider", "Carla Bakker", Role.MANAGER, null);
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
    void anAsdgMemberEntersAnAdviceWithFivePointsAndSubmitsIt() {
        Page page = browser.newPage();
        Browser.logIn(page, "lid", PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Goedendag, Anna de Vries");
        Browser.screenshot(page, "1-lid-start");
        page.getByText("Nieuw advies invoeren").click();

        page.getByLabel("Onderwerp").fill(SUBJECT);
        page.getByLabel("Projectgroep")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Jeugd"));
        page.getByLabel("Soort advies").selectOption("UNSOLICITED");
        page.getByLabel("Datum van het advies").fill("2025-03-03");
        page.getByLabel("Inleiding").fill("De projectgroep Jeugd heeft met ouders en jongeren gesproken.");
        Browser.screenshot(page, "2-lid-nieuw-advies");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept aanmaken en punten toevoegen"))
                .click();
        assertThat(page.locator("h1")).hasText(SUBJECT);
        adviceUrl = page.url().replaceAll("\\?.*", "");

        // five points, one numbered wrongly and one in the wrong place at first
        addPoint(page, "1", "RECOMMENDATION", "Organiseer jeugdhulp in de wijk, dicht bij school en huis.");
        addPoint(page, "2", "QUESTION", "Hoe worden ouders betrokken bij de keuze van hulp?");
        addPoint(page, "4", "RECOMMENDATION", "Zorg voor één vast aanspreekpunt per gezin.");
        addPoint(page, "3", "OBSERVATION", "Wachttijden zijn voor veel gezinnen nog te lang.");
        addPoint(page, "6", "REQUEST", "Betrek de ASDG bij de evaluatie na een jaar.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Punt 3 omhoog"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Punt 6 wijzigen"))
                .click();
        page.getByLabel("Nummer").fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Punt opslaan"))
                .click();
        assertThat(page.locator(".point__label"))
                .hasText(new String[] {"Punt 1", "Punt 2", "Punt 3", "Punt 4", "Punt 5"});
        Browser.screenshot(page, "3-lid-concept-met-vijf-punten");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Advies indienen bij het college"))
                .click();
        assertThat(page.locator("h1")).containsText("indienen bij het college?");
        assertThat(page.locator("main")).containsText("Daarna ligt de tekst vast");
        Browser.screenshot(page, "4-lid-indienen-bevestigen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, advies indienen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("ingediend");
        assertThat(page.locator(".meta")).containsText("ontvangen");
        assertThat(page.getByText("Punt 1 wijzigen")).hasCount(0);
        assertThat(page.getByText("U ziet de reacties per punt zodra de antwoordbrief is verstuurd"))
                .isVisible();
        Browser.screenshot(page, "4-lid-ingediend");
        page.context().close();
    }

    @Test
    @Order(2)
    void staffAnswerEveryPointAndPreviewTheLetter() {
        Page page = browser.newPage();
        Browser.logIn(page, "beleid", PASSWORD);
        assertThat(page.locator("#inbox-kop")).isVisible();
        Browser.screenshot(page, "5-beleid-inbox");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SUBJECT))
                .first()
                .click();
        assertThat(page.locator("#onbeantwoord-aantal")).hasText("5 van 5 punten nog onbeantwoord.");
        assertThat(page.locator(".point--unanswered")).hasCount(5);
        Browser.screenshot(page, "6-beleid-advies-onbeantwoord");

        // one response for points 1 and 2
        page.getByLabel("Punt 1 kiezen voor een nieuwe reactie").check();
        page.getByLabel("Punt 2 kiezen voor een nieuwe reactie").check();
        page.getByLabel("Standpunt").selectOption("PARTLY_ADOPTED");
        page.getByLabel("Samenvatting van wat de adviesraad vraagt")
                .fill("U vraagt om jeugdhulp dichtbij, samen met ouders");
        page.getByLabel("Reactie", new Page.GetByLabelOptions().setExact(true))
                .fill("Wij werken dit uit in het nieuwe jeugdbeleid.");
        page.getByLabel("Reden").fill("De wijkteams zijn pas net gestart; eerst doen wij ervaring op.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reactie opslaan"))
                .click();
        assertThat(page.locator("#onbeantwoord-aantal")).hasText("3 van 5 punten nog onbeantwoord.");
        assertThat(page.locator("#reacties-kop ~ article h3").first()).hasText("Reactie op punten 1 en 2");
        Browser.screenshot(page, "7-beleid-reactie-op-twee-punten");

        respond(page, "3", "ADOPTED", "Wij verkorten de wachttijden met extra inzet in de wijkteams.", null);
        respond(
                page,
                "4",
                "ALREADY_POLICY",
                "Elk gezin krijgt al een vaste contactpersoon.",
                "Dit staat al in het beleidsplan.");
        assertThat(page.locator("#onbeantwoord-aantal")).hasText("1 van 5 punten nog onbeantwoord.");
        respond(
                page,
                "5",
                "TAKEN_INTO_ACCOUNT",
                "Wij betrekken de ASDG bij de evaluatie.",
                "De evaluatie is nog niet gepland.");
        assertThat(page.locator("#onbeantwoord-aantal")).hasText("Alle 5 punten zijn beantwoord.");
        assertThat(page.locator(".point--unanswered")).hasCount(0);
        assertThat(page.locator("#nieuwe-reactie")).hasCount(0);

        // the commitment made in the response to point 5
        page.getByText("Toezegging toevoegen bij punt 5").click();
        page.locator("#reactie-" + responseIdFor(page, "punt 5"))
                .getByLabel("Wat is toegezegd")
                .fill(PROMISE);
        page.locator("#reactie-" + responseIdFor(page, "punt 5"))
                .getByLabel("Wie voert het uit")
                .fill("Afdeling Jeugd");
        page.locator("#reactie-" + responseIdFor(page, "punt 5"))
                .getByLabel("Uiterlijk op")
                .fill(PROMISED_BY.toString());
        page.locator("#reactie-" + responseIdFor(page, "punt 5"))
                .getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Toezegging toevoegen"))
                .click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROMISE)))
                .isVisible();
        Browser.screenshot(page, "8-beleid-alles-beantwoord");

        // the letter: a preview and the PDF and DOCX downloads of the letter endpoints
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF downloaden")))
                .hasAttribute("href", Pattern.compile("/api/advices/\\d+/letter\\.pdf"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DOCX downloaden")))
                .hasAttribute("href", Pattern.compile("/api/advices/\\d+/letter\\.docx"));
        Response letter = page.waitForNavigation(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voorbeeld van de brief"))
                        .click());
        assertThat(letter.status()).isEqualTo(200);
        assertThat(page.locator("body")).containsText("Geachte lezer");
        assertThat(page.locator("body")).containsText("(punten 1 en 2)");
        Browser.screenshot(page, "9-beleid-briefvoorbeeld");
        page.context().close();
    }

    @Test
    @Order(3)
    void aManagerFindsTheOpenFollowUpOnTheDashboard() {
        Page page = browser.newPage();
        Browser.logIn(page, "teamleider", PASSWORD);
        assertThat(page.locator(".stats")).containsText("1 open toezegging");
        page.getByText("Naar het dashboard").click();
        assertThat(page.locator("h1")).hasText("Dashboard");
        assertThat(page.locator("#open-kop + nav + table")).containsText(PROMISE);
        assertThat(page.locator("#open-kop + nav + table")).containsText("Afdeling Jeugd");
        assertThat(page.locator("#uitvoerder-kop + table")).containsText("Afdeling Jeugd");
        Browser.screenshot(page, "10-manager-dashboard");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROMISE))
                .click();
        assertThat(page.locator("h1")).hasText("Toezegging");
        assertThat(page.locator(".meta")).containsText(ViewHelpers.DUTCH_DATE.format(PROMISED_BY));
        page.getByLabel("Wat is er gebeurd").fill("Eerste overleg met de wijkteams gepland.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voortgang noteren"))
                .click();
        assertThat(page.locator(".notes")).containsText("Eerste overleg met de wijkteams gepland.");
        Browser.screenshot(page, "11-manager-toezegging");
        page.navigate(adviceUrl);
        assertThat(page.locator("#onbeantwoord-aantal")).hasText("Alle 5 punten zijn beantwoord.");
        page.context().close();
    }

    private static void addPoint(Page page, String label, String kind, String text) {
        page.getByLabel("Nummer").fill(label);
        page.getByLabel("Soort punt").selectOption(kind);
        page.getByLabel("Tekst van het punt").fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Punt toevoegen"))
                .click();
        assertThat(page.locator("#punten-kop ~ ol .point__label").last()).isVisible();
        assertThat(page.getByText(text)).isVisible();
    }

    private static void respond(Page page, String label, String stance, String text, String reason) {
        page.getByLabel("Punt " + label + " kiezen voor een nieuwe reactie").check();
        page.getByLabel("Standpunt").selectOption(stance);
        page.getByLabel("Reactie", new Page.GetByLabelOptions().setExact(true)).fill(text);
        if (reason != null) {
            page.getByLabel("Reden").fill(reason);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reactie opslaan"))
                .click();
        assertThat(page.getByText(text)).isVisible();
    }

    private static String responseIdFor(Page page, String reference) {
        String id = page.locator(
                        "article.response",
                        new Page.LocatorOptions()
                                .setHas(page.getByRole(
                                        AriaRole.HEADING,
                                        new Page.GetByRoleOptions().setName("Reactie op " + reference))))
                .getAttribute("id");
        return id.substring("reactie-".length());
    }

    private void user(String username, String name, Role role, Long bodyId) {
        users.create(new UserInput(username, name, username + "@example.org", role, bodyId, PASSWORD, true, null));
    }
}
