package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.adviestracker.publication.Publications;
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

    Browser browser;
    Scenery.Set data;

    @BeforeAll
    void setUp() {
        data = scenery.build("a11y");
        publications.publish(data.answered().id(), null);
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
    void pagesOfAnAsdgMember() {
        Page page = browser.newPage();
        Browser.logIn(page, "a11y-lid", Scenery.PASSWORD);
        check(page, "/", "a11y-lid-start");
        check(page, "/advices", "a11y-lid-adviezen");
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
        check(page, "/advices/" + data.answered().id() + "/redactions", "a11y-beleid-namen-weglaten");
        page.context().close();
    }

    @Test
    void pagesOfAManagerAndAnAdmin() {
        Page page = browser.newPage();
        Browser.logIn(page, "a11y-manager", Scenery.PASSWORD);
        check(page, "/", "a11y-manager-start");
        check(page, "/dashboard", "a11y-manager-dashboard");
        check(page, "/dashboard?sort=owner", "a11y-manager-dashboard-uitvoerder");
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

    private static void check(Page page, String path, String screenshot) {
        page.navigate(path);
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        Browser.assertAccessible(page, path);
        Browser.screenshot(page, screenshot);
    }
}
