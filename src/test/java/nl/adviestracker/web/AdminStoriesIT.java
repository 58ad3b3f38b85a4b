package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.Superadmins;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The organisation's admin sets it up from the screens alone, in a real browser: an advisory body with
 * its term and a project group, an owner's e-mail address for reminders, an API token that works once
 * issued and stops when revoked; and the deployment's super-admin creates a second organisation whose
 * first admin logs in and sees none of the first one's data. Screenshots under target/screenshots.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminStoriesIT {

    static final String PASSWORD = "wachtwoord-voor-test";
    static final String GRONINGEN_BODY = "Wmo-adviesraad Groningen (beheerverhaal)";
    static final String DISSOLVED_BODY = "Ouderenadviesraad (beheerverhaal)";

    @Inject
    EmbeddedServer server;

    @Inject
    Users users;

    @Inject
    Bodies bodies;

    @Inject
    Superadmins superadmins;

    Browser browser;

    @BeforeAll
    void setUp() {
        bodies.create(new BodyInput(GRONINGEN_BODY, "WMOV", null, null, null, null, List.of("Zorg"), null));
        users.create(new UserInput(
                "beheer-verhaal", "Dirk Smit", "dirk@example.org", Role.ADMIN, null, PASSWORD, true, null));
        users.create(new UserInput(
                "script-verhaal", "Koppeling Zaaksysteem", "zaak@example.org", Role.STAFF, null, PASSWORD, true, null));
        superadmins.create("landelijk-verhaal", "Eva Mulder", "eva@example.org", PASSWORD);
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAdminCreatesABodyWithItsTermAndAProjectGroup() {
        Page page = browser.newPage();
        Browser.logIn(page, "beheer-verhaal", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Adviesorganen"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuw adviesorgaan"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adviesorgaan aanmaken"))
                .click();
        assertThat(page.locator("#orgaan-fouten")).containsText("Naam is verplicht");
        Browser.screenshot(page, "beheer-adviesorgaan-fouten");

        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Jongerenraad Groningen");
        page.getByLabel("Afkorting").fill("JRG");
        page.getByLabel("Ter attentie van").fill("M. de Boer");
        page.getByLabel("Postadres").fill("Postbus 30026\n9700 RM GRONINGEN");
        page.getByLabel("E-mailadres voor brieven en berichten").fill("jongerenraad@example.org");
        page.getByLabel("Reactietermijn").fill("30");
        page.getByLabel("Eenheid van de termijn").selectOption("WORKING_DAYS");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adviesorgaan aanmaken"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het adviesorgaan is aangemaakt");
        assertThat(page.locator("h1")).hasText("Jongerenraad Groningen");

        page.getByLabel("Naam van de projectgroep").fill("Onderwijs");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Projectgroep toevoegen"))
                .click();
        assertThat(page.locator("#projectgroepen")).containsText("Onderwijs");
        Browser.screenshot(page, "beheer-adviesorgaan");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Adviesorganen"))
                .first()
                .click();
        var row = page.locator("tr", new Page.LocatorOptions().setHasText("Jongerenraad Groningen"));
        assertThat(row).containsText("30 werkdagen");
        assertThat(row).containsText("jongerenraad@example.org");
        assertThat(row).containsText("Onderwijs");
        Browser.screenshot(page, "beheer-adviesorganen");
        page.context().close();
    }

    @Test
    void theAdminDissolvesABodyWhichThenTakesNoNewMemberUntilReopened() {
        bodies.create(new BodyInput(DISSOLVED_BODY, "OUDR", null, null, null, null, List.of(), null));
        Page page = browser.newPage();
        Browser.logIn(page, "beheer-verhaal", PASSWORD);
        page.navigate("/admin/bodies");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DISSOLVED_BODY))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adviesorgaan opheffen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het adviesorgaan is opgeheven");
        assertThat(page.locator("#opheffen")).containsText("Dit adviesorgaan is opgeheven per");
        Browser.assertAccessible(page, "a dissolved body");
        Browser.screenshot(page, "beheer-adviesorgaan-opgeheven");

        page.navigate("/admin/users");
        page.getByLabel("Gebruikersnaam").fill("oud.lid");
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Riet de Vries");
        page.getByLabel("E-mailadres").fill("riet@example.org");
        page.getByLabel("Rol").selectOption("ASDG");
        page.getByLabel("Adviesorgaan").selectOption(new SelectOption().setLabel(DISSOLVED_BODY + " (opgeheven)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodiging versturen"))
                .click();
        assertThat(page.locator("main")).containsText("Dit adviesorgaan is opgeheven");

        page.navigate("/admin/bodies");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DISSOLVED_BODY))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adviesorgaan heropenen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het adviesorgaan is heropend");
        assertThat(page.locator("#opheffen")).containsText("Houdt dit adviesorgaan op te bestaan?");
        page.context().close();
    }

    @Test
    void theAdminChoosesTheChecksOfTheLetterRouteOnAScreen() {
        Page page = browser.newPage();
        Browser.logIn(page, "beheer-verhaal", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Route van de brief"))
                .click();
        assertThat(page.locator("h1")).hasText("Route van de brief");
        assertThat(page.getByLabel("Een tweede beleidsmedewerker controleert de brief"))
                .isChecked();
        Browser.assertAccessible(page, "the letter route's settings");

        page.getByLabel("Een tweede beleidsmedewerker controleert de brief").uncheck();
        page.getByLabel("Wie keurt de brief goed").selectOption("STAFF");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De route is opgeslagen.");
        assertThat(page.getByLabel("Een tweede beleidsmedewerker controleert de brief"))
                .not()
                .isChecked();
        assertThat(page.getByLabel("Wie keurt de brief goed")).hasValue("STAFF");
        Browser.screenshot(page, "beheer-route");

        // as it was, for the other stories in this database
        page.getByLabel("Een tweede beleidsmedewerker controleert de brief").check();
        page.getByLabel("Wie keurt de brief goed").selectOption("MANAGER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De route is opgeslagen.");
        page.context().close();
    }

    @Test
    void theAdminGivesAnOwnerAnEmailAddressForReminders() {
        Page page = browser.newPage();
        Browser.logIn(page, "beheer-verhaal", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uitvoerders en e-mailadressen"))
                .click();
        page.getByLabel("Uitvoerder of afdeling").fill("Afdeling Werk en Inkomen");
        page.getByLabel("E-mailadres", new Page.GetByLabelOptions().setExact(true))
                .fill("geen-adres");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(page.locator("#adres-fouten")).containsText("E-mailadres is geen geldig e-mailadres");
        page.getByLabel("E-mailadres", new Page.GetByLabelOptions().setExact(true))
                .fill("werk-en-inkomen@example.org");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Het e-mailadres is opgeslagen.");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Afdeling Werk en Inkomen")))
                .containsText("werk-en-inkomen@example.org");
        Browser.screenshot(page, "beheer-uitvoerders");
        page.context().close();
    }

    @Test
    void aTokenIsShownOnceWorksAsBearerAndStopsWhenRevoked() throws Exception {
        Page page = browser.newPage();
        Browser.logIn(page, "beheer-verhaal", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API-tokens"))
                .click();
        page.getByLabel("Gebruiker")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Koppeling Zaaksysteem (script-verhaal, beleidsmedewerker)"));
        page.getByLabel("Waarvoor").fill("Zaaksysteem");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token maken"))
                .click();
        String secret = page.getByLabel("Token", new Page.GetByLabelOptions().setExact(true))
                .inputValue();
        assertThat(secret).startsWith("at_");
        Browser.screenshot(page, "beheer-token-gemaakt");
        assertThat(me(secret).statusCode()).isEqualTo(200);
        assertThat(me(secret).body()).contains("script-verhaal");

        page.navigate("/admin/tokens");
        assertThat(page.locator("body")).not().containsText(secret);
        var row = page.locator("tr", new Page.LocatorOptions().setHasText("Zaaksysteem"));
        assertThat(row).not().containsText("nooit"); // it was used just now
        row.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Het token is ingetrokken en werkt niet meer.");
        assertThat(page.locator("#ingetrokken-kop")).isVisible();
        Browser.screenshot(page, "beheer-tokens");
        assertThat(me(secret).statusCode()).isEqualTo(401);
        page.context().close();
    }

    @Test
    void theSuperAdminCreatesASecondOrganisationWhoseAdminSeesNothingOfTheFirst() {
        Page page = browser.newPage();
        Browser.logIn(page, "landelijk-verhaal", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisaties"))
                .click();
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Gemeente Assen (schermtest)");
        page.getByLabel("Korte naam").fill("Assen Scherm");
        page.getByLabel("Ondertekening van brieven").fill("burgemeester en wethouders van Assen");
        page.getByLabel("Gebruikersnaam van de beheerder", new Page.GetByLabelOptions().setExact(true))
                .fill("beheer-assen-scherm");
        page.getByLabel("Naam van de beheerder", new Page.GetByLabelOptions().setExact(true))
                .fill("Bea Assen");
        page.getByLabel("E-mailadres van de beheerder", new Page.GetByLabelOptions().setExact(true))
                .fill("beheer@assen.example");
        page.getByLabel("Eerste wachtwoord").fill("lang-genoeg-wachtwoord");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Organisatie aanmaken"))
                .click();
        assertThat(page.locator("#organisatie-fouten")).containsText("Korte naam mag alleen kleine letters");
        assertThat(page.getByLabel("Eerste wachtwoord")).hasValue("");
        page.getByLabel("Korte naam").fill("assen-schermtest");
        page.getByLabel("Eerste wachtwoord").fill("lang-genoeg-wachtwoord");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Organisatie aanmaken"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("beheer-assen-scherm");
        assertThat(page.locator("table")).containsText("Gemeente Assen (schermtest)");
        Browser.screenshot(page, "landelijk-organisaties");
        page.context().close();

        Page assen = browser.newPage();
        Browser.logIn(assen, "beheer-assen-scherm", "lang-genoeg-wachtwoord");
        assertThat(assen.locator("#beheer-kop")).isVisible();
        assen.navigate("/admin/bodies");
        assertThat(assen.locator("body")).not().containsText(GRONINGEN_BODY);
        assertThat(assen.locator("body")).containsText("Er zijn nog geen adviesorganen");
        assen.navigate("/admin/tokens");
        assertThat(assen.locator("body")).not().containsText("script-verhaal");
        assen.navigate("/admin/history");
        assertThat(assen.locator("body")).not().containsText("beheer-verhaal");
        assertThat(assen.locator("body")).not().containsText(GRONINGEN_BODY);
        assertThat(assen.context().request().get("/api/bodies").text()).isEqualTo("[]");
        Browser.screenshot(assen, "assen-geschiedenis");
        assen.context().close();

        Page visitor = browser.newPage();
        visitor.navigate("/public?organisatie=assen-schermtest");
        assertThat(visitor.locator("main")).containsText("Gemeente Assen (schermtest)");
        assertThat(visitor.locator("footer")).hasText("Gemeente Assen (schermtest) · Toegankelijkheid");
        assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Atom-feed")))
                .hasAttribute("href", "/feed.atom?organisatie=assen-schermtest");
        assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Openbaar")))
                .hasAttribute("href", "/public?organisatie=assen-schermtest");
        Browser.screenshot(visitor, "assen-openbaar");
        assertThat(visitor.navigate("/public?organisatie=bestaat-niet").status())
                .isEqualTo(404);
        visitor.context().close();
    }

    private HttpResponse<String> me(String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.getURL() + "/api/me"))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
