package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.publication.Publications;
import nl.adviestracker.support.Authenticator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * axe-core (WCAG 2.1 A and AA) on every main page, for each role that sees it, including forms showing
 * their errors; a serious or critical violation fails the test. Screenshots go to target/screenshots.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {

    @Inject
    EmbeddedServer server;

    @Inject
    Scenery scenery;

    @Inject
    Publications publications;

    @Inject
    nl.adviestracker.account.Superadmins superadmins;

    @Inject
    Users users;

    @Inject
    nl.adviestracker.response.Responses responses;

    @Inject
    nl.adviestracker.followup.FollowUps followUps;

    @Inject
    nl.adviestracker.followup.Milestones milestones;

    Browser browser;
    Scenery.Set data;

    @BeforeAll
    void setUp() {
        data = scenery.build("a11y");
        publications.publish(data.answered().id(), null);
        long promised = followUps
                .create(new nl.adviestracker.followup.FollowUpInput(
                        responses.list(data.answered().id()).get(0).id(),
                        "Intensieve aanpak in Groningen-Noord",
                        "Afdeling DMO Beleid",
                        java.time.LocalDate.of(2027, 6, 30),
                        null,
                        null))
                .id();
        milestones.add(
                data.staff(),
                promised,
                new nl.adviestracker.followup.MilestoneInput(
                        "Wijkteam Noord gestart", java.time.LocalDate.of(2026, 9, 1)));
        users.create(new UserInput(
                "a11y-controle", "Controle Twee", "c2@example.org", Role.STAFF, null, Scenery.PASSWORD, true, null));
        users.create(new UserInput(
                "a11y-tweestaps", "Tweestaps", "t2@example.org", Role.STAFF, null, Scenery.PASSWORD, true, null));
        browser = Browser.start(server.getURL().toString());
        AxeResultsFile.start();
    }

    /**
     * Writes the run's results for the statement page to target/accessibility/axe-results.json. The
     * committed copy must list the same pages (its counts and date may be older); a changed page list fails
     * here until the committed file is refreshed with -Daccessibility.update=true.
     */
    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
        AxeResultsFile.stop();
        String json = AxeResultsFile.json();
        AxeResultsFile.write(AxeResultsFile.WRITTEN, json);
        if (Boolean.getBoolean("accessibility.update")) {
            AxeResultsFile.write(AxeResultsFile.COMMITTED, json);
        }
        org.assertj.core.api.Assertions.assertThat(
                        AxeResultsFile.pagesIn(AxeResultsFile.read(AxeResultsFile.COMMITTED)))
                .as("pages in " + AxeResultsFile.COMMITTED
                        + "; refresh it with mvn test -Dtest=AccessibilityIT -Daccessibility.update=true")
                .isEqualTo(AxeResultsFile.pages());
    }

    @Test
    void publicPagesWithoutLogin() {
        Page page = browser.newPage();
        check(page, "/", "a11y-anoniem-start");
        check(page, "/login", "a11y-inloggen");
        check(page, "/public", "a11y-openbaar");
        check(page, "/public/advices/" + data.answered().id(), "a11y-openbaar-advies");
        check(page, "/bestaat-niet", "a11y-foutpagina");
        check(page, "/password/forgot", "a11y-wachtwoord-vergeten");
        check(page, "/password/set?token=onbekend", "a11y-wachtwoord-link-ongeldig");
        check(page, "/toegankelijkheid", "a11y-toegankelijkheid");
        assertThat(page.locator("#axe-resultaten")).containsText("/toegankelijkheid");
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill("a11y-lid");
        page.getByLabel("Wachtwoord").fill("fout");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        Browser.assertAccessible(page, "login with error");
        page.context().close();
    }

    @Test
    void pagesOfTheSecondStep() {
        Page page = browser.newPage();
        password(page, "a11y-tweestaps");
        page.waitForURL(url -> url.endsWith("/login/enrol"));
        Browser.assertAccessible(page, "/login/enrol");
        Browser.screenshot(page, "a11y-tweestaps-instellen");
        page.getByLabel("Code uit de app")
                .fill(Authenticator.enrol(
                        "a11y-tweestaps", page.locator("#sleutel").innerText()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Instellen"))
                .click();
        assertThat(page.locator("#herstelcodes li")).hasCount(10);
        Browser.assertAccessible(page, "recovery codes");
        Browser.screenshot(page, "a11y-tweestaps-herstelcodes");
        check(page, "/account/two-factor", "a11y-tweestaps-aan");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                .click();
        password(page, "a11y-tweestaps");
        page.waitForURL(url -> url.endsWith("/login/code"));
        Browser.assertAccessible(page, "/login/code");
        Browser.screenshot(page, "a11y-tweestaps-code");
        page.context().close();
    }

    private static void password(Page page, String username) {
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(Scenery.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
    }

    @Test
    void pagesOfAnAsdgMember() {
        Page page = browser.newPage();
        Browser.logIn(page, "a11y-lid", Scenery.PASSWORD);
        check(page, "/", "a11y-lid-start");
        check(page, "/advices", "a11y-lid-adviezen");
        check(page, "/account/two-factor", "a11y-lid-tweestaps-instellen");
        check(page, "/advices/" + data.draft().id(), "a11y-lid-concept");
        check(page, "/advices/" + data.answered().id(), "a11y-lid-beantwoord");
        check(page, "/advices/" + data.received().id(), "a11y-lid-ingediend");
        String pointId = page.context()
                .request()
                .get("/api/advices/" + data.draft().id() + "/points")
                .text()
                .replaceAll("(?s)^\\[\\{\"id\":(\\d+).*", "$1");
        check(page, "/advices/" + data.draft().id() + "/points/" + pointId + "/edit", "a11y-lid-punt-wijzigen");
        check(page, "/advices/intake", "a11y-lid-inlezen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorstel maken"))
                .click();
        assertThat(page.locator("#intake-text-fout")).isVisible();
        Browser.assertAccessible(page, "intake with errors");
        check(page, "/advices/new", "a11y-lid-nieuw-advies");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept aanmaken en punten toevoegen"))
                .click();
        assertThat(page.locator("#advies-subject-fout")).isVisible();
        Browser.assertAccessible(page, "new advice with errors");
        Browser.screenshot(page, "a11y-lid-nieuw-advies-fouten");
        page.context().close();
    }

    @Test
    void pagesOfPolicyStaff() {
        Page page = browser.newPage();
        Browser.logIn(page, "a11y-beleid", Scenery.PASSWORD);
        check(page, "/", "a11y-beleid-start");
        check(page, "/advices", "a11y-beleid-adviezen");
        check(page, "/advices?sort=subject&desc=true&status=RECEIVED", "a11y-beleid-adviezen-gesorteerd");
        check(page, "/advices/" + data.received().id(), "a11y-beleid-advies");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reactie opslaan"))
                .click();
        assertThat(page.locator("#reactie-pointIds-fout")).isVisible();
        Browser.assertAccessible(page, "new response with errors");
        Browser.screenshot(page, "a11y-beleid-reactie-fouten");
        check(
                page,
                "/advices/" + data.received().id() + "/responses/"
                        + data.response().id(),
                "a11y-beleid-reactie-wijzigen");
        check(page, "/advices/" + data.answered().id(), "a11y-beleid-beantwoord-openbaar");
        check(page, "/advices/" + data.received().id() + "/letter", "a11y-beleid-brief");
        page.getByLabel("Slotalinea").fill("Wij zien uit naar uw volgende advies.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Teksten opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De teksten van de brief zijn opgeslagen.");
        assertThat(page.locator("#brieftekst")).containsText("Wij zien uit naar uw volgende advies.");
        Browser.screenshot(page, "a11y-beleid-brief-opgeslagen");
        check(page, "/followups", "a11y-beleid-toezeggingen");
        check(page, "/followups/" + data.followUp().id(), "a11y-beleid-toezegging");
        check(page, "/followups/" + data.followUp().id() + "/milestones", "a11y-beleid-mijlpalen");
        check(page, "/advices/" + data.answered().id() + "/documents", "a11y-beleid-documenten");
        check(page, "/meldingen", "a11y-beleid-meldingen");
        check(page, "/account/meldingen", "a11y-beleid-meldingen-instellingen");
        check(page, "/advices/" + data.answered().id() + "/redactions", "a11y-beleid-namen-weglaten");
        check(page, "/advices/" + data.received().id() + "/letter/preview", "a11y-beleid-brief-voorbeeld");
        long answeredResponse = responses.list(data.answered().id()).get(0).id();
        check(
                page,
                "/advices/" + data.answered().id() + "/responses/" + answeredResponse + "/correction",
                "a11y-beleid-correctie");
        page.getByLabel("Nieuwe tekst").fill("Wij voeren dit later uit.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vastleggen"))
                .click();
        assertThat(page.locator("#correctie-fouten")).containsText("Waarom gecorrigeerd of aangevuld is verplicht");
        Browser.assertAccessible(page, "correction with errors");
        Browser.screenshot(page, "a11y-beleid-correctie-fouten");
        check(page, "/advices/" + data.answered().id() + "/letter/supplement", "a11y-beleid-aanvullende-brief");
        check(page, "/import", "a11y-beleid-invoeren");
        page.getByLabel("Bestand (CSV of XLSX)")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "sjabloon.csv", "text/csv", nl.adviestracker.importing.ImportTemplate.csv()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Proefimport bekijken"))
                .click();
        assertThat(page.locator("h2").first()).containsText("Proefimport");
        Browser.assertAccessible(page, "/import (dry run)");
        Browser.screenshot(page, "a11y-beleid-proefimport");
        page.context().close();
    }

    @Test
    void pagesOfAManagerAndAnAdmin() {
        Page page = browser.newPage();
        Browser.logIn(page, "a11y-manager", Scenery.PASSWORD);
        check(page, "/", "a11y-manager-start");
        check(page, "/dashboard", "a11y-manager-dashboard");
        check(page, "/dashboard?sort=owner", "a11y-manager-dashboard-uitvoerder");
        check(page, "/dashboard/reports", "a11y-manager-rapportage");
        check(page, "/dashboard/reports?groupBy=theme&year=2024", "a11y-manager-rapportage-thema");
        Page checker = browser.newPage();
        Browser.logIn(checker, "a11y-controle", Scenery.PASSWORD);
        check(checker, "/advices/" + data.received().id() + "/letter/route", "a11y-controle-route");
        checker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Brief is gecontroleerd"))
                .click();
        assertThat(checker.getByRole(AriaRole.STATUS)).containsText("De brief is gecontroleerd");
        checker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Brief terugsturen"))
                .click();
        assertThat(checker.locator("#terug-comment-fout")).isVisible();
        Browser.assertAccessible(checker, "send back without a comment");
        Browser.screenshot(checker, "a11y-controle-terugsturen-fout");
        checker.context().close();
        check(page, "/records/destruction", "a11y-manager-vernietigingslijst");
        check(page, "/advices/" + data.received().id() + "/letter", "a11y-manager-brief");
        page.getByLabel("Ons kenmerk").fill("DMO-2025-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Brief definitief maken"))
                .click();
        assertThat(page.locator("#definitief-fouten")).containsText("Punt 3 heeft nog geen reactie.");
        assertThat(page.getByLabel("Ons kenmerk")).hasValue("DMO-2025-1");
        Browser.assertAccessible(page, "finalize refused");
        Browser.screenshot(page, "a11y-manager-brief-niet-definitief");
        page.context().close();
        Page admin = browser.newPage();
        Browser.logIn(admin, "a11y-beheer", Scenery.PASSWORD);
        check(admin, "/", "a11y-beheer-start");
        check(admin, "/admin/bodies", "a11y-beheer-adviesorganen");
        check(admin, "/admin/bodies/new", "a11y-beheer-nieuw-adviesorgaan");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adviesorgaan aanmaken"))
                .click();
        assertThat(admin.locator("#orgaan-fouten")).isVisible();
        Browser.assertAccessible(admin, "new body with errors");
        Browser.screenshot(admin, "a11y-beheer-adviesorgaan-fouten");
        check(admin, "/admin/bodies/" + data.body(), "a11y-beheer-adviesorgaan");
        check(admin, "/admin/owners", "a11y-beheer-uitvoerders");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(admin.locator("#adres-fouten")).isVisible();
        Browser.assertAccessible(admin, "owner address with errors");
        check(admin, "/admin/letterhead", "a11y-beheer-briefpapier");
        check(admin, "/admin/workflow", "a11y-beheer-route");
        check(admin, "/admin/letter-templates", "a11y-beheer-briefsjablonen");
        check(admin, "/admin/tokens", "a11y-beheer-tokens");
        admin.getByLabel("Gebruiker").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        admin.getByLabel("Waarvoor").fill("Toegankelijkheid");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token maken"))
                .click();
        assertThat(admin.locator("#nieuw-token")).isVisible();
        Browser.assertAccessible(admin, "token issued");
        Browser.screenshot(admin, "a11y-beheer-token-gemaakt");
        check(admin, "/admin/mail-log", "a11y-beheer-maillog");
        check(admin, "/admin/history", "a11y-beheer-geschiedenis");
        check(admin, "/admin/history?soort=advisory_body&van=2020-01-01", "a11y-beheer-geschiedenis-gefilterd");
        check(admin, "/admin/users", "a11y-beheer-gebruikers");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodiging versturen"))
                .click();
        assertThat(admin.locator("#gebruiker-username-fout")).isVisible();
        Browser.assertAccessible(admin, "invitation with errors");
        Browser.screenshot(admin, "a11y-beheer-uitnodiging-fouten");
        admin.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("a11y-lid").setExact(true))
                .click();
        assertThat(admin.locator("h1")).hasCount(1);
        Browser.assertAccessible(admin, "a user");
        Browser.screenshot(admin, "a11y-beheer-gebruiker");
        check(admin, "/records/retention", "a11y-beheer-bewaartermijnen");
        check(admin, "/privacy", "a11y-beheer-persoonsgegevens");
        String member = admin.locator("#accounts tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("a11y-lid"))
                .locator("a")
                .first()
                .getAttribute("href");
        check(admin, member, "a11y-beheer-persoonsgegevens-lid");
        admin.context().close();
    }

    @Test
    void pagesOfTheSuperAdminAndThePublicPagesOfAnOrganisation() {
        superadmins.create("a11y-landelijk", "Eva Mulder", "eva@example.org", Scenery.PASSWORD);
        Page page = browser.newPage();
        Browser.logIn(page, "a11y-landelijk", Scenery.PASSWORD);
        check(page, "/", "a11y-landelijk-start");
        check(page, "/admin/organisations", "a11y-landelijk-organisaties");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Organisatie aanmaken"))
                .click();
        assertThat(page.locator("#organisatie-fouten")).isVisible();
        Browser.assertAccessible(page, "new organisation with errors");
        Browser.screenshot(page, "a11y-landelijk-organisatie-fouten");
        page.context().close();
        Page visitor = browser.newPage();
        check(visitor, "/public?organisatie=groningen", "a11y-openbaar-groningen");
        assertThat(visitor.locator(".public-list a").first())
                .hasAttribute("href", java.util.regex.Pattern.compile("\\?organisatie=groningen$"));
        visitor.context().close();
    }

    @Test
    void pagesOfTheBodysVerdict() {
        Page page = browser.newPage();
        Browser.logIn(page, "a11y-lid", Scenery.PASSWORD);
        String verdicts = "/advices/" + data.answered().id() + "/verdicts";
        check(page, verdicts, "a11y-lid-oordeel");
        page.locator("details.add summary").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oordeel opslaan"))
                .first()
                .click();
        assertThat(page.locator(".utrecht-alert--error")).isVisible();
        Browser.assertAccessible(page, "verdict with errors");
        Browser.screenshot(page, "a11y-lid-oordeel-fouten");
        page.getByLabel("Oordeel", new Page.GetByLabelOptions().setExact(true)).selectOption("PARTLY");
        page.getByLabel("Toelichting").fill("Goed dat de regeling eenvoudiger wordt; de termijn blijft te kort.");
        page.getByLabel("De adviesraad wil hierover een vervolggesprek").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oordeel opslaan"))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Het oordeel van de adviesraad is opgeslagen.");
        Browser.assertAccessible(page, "verdict saved");
        Browser.screenshot(page, "a11y-lid-oordeel-opgeslagen");
        check(page, "/advices/" + data.answered().id(), "a11y-lid-beantwoord-met-oordeel");
        page.context().close();
        Page staff = browser.newPage();
        Browser.logIn(staff, "a11y-beleid", Scenery.PASSWORD);
        check(staff, verdicts, "a11y-beleid-oordeel");
        check(staff, "/advices/" + data.answered().id(), "a11y-beleid-advies-met-oordeel");
        check(staff, "/reports/verdicts", "a11y-beleid-oordelen-rapport");
        staff.context().close();
    }

    @Test
    void pageOfTheReportToTheCouncil() {
        Page staff = browser.newPage();
        Browser.logIn(staff, "a11y-beleid", Scenery.PASSWORD);
        check(staff, "/reports/council", "a11y-beleid-raadsrapportage");
        long body = data.answered().bodyId();
        check(staff, "/reports/council?adviesorgaan=" + body + "&jaar=2024", "a11y-beleid-raadsrapportage-2024");
        check(staff, "/reports/council?adviesorgaan=" + body + "&jaar=twee", "a11y-beleid-raadsrapportage-fout");
        staff.context().close();
    }

    private static void check(Page page, String path, String screenshot) {
        page.navigate(path);
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        Browser.assertAccessible(page, path);
        Browser.screenshot(page, screenshot);
    }
}
