package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A policy officer imports the 2007 advices: downloads nothing but the sample, sees the dry run with what
 * would be created and each refused row with its reason, imports only the good advices, and opens one.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportStoriesIT {

    static final String PASSWORD = "wachtwoord-voor-test";

    @Inject
    EmbeddedServer server;

    @Inject
    Bodies bodies;

    @Inject
    Users users;

    @Inject
    AdviceRegister advices;

    Browser browser;
    byte[] sample;

    @BeforeAll
    void setUp() throws Exception {
        AdvisoryBody body =
                bodies.create(new BodyInput("Adviesraad Archief", "ARCH", null, null, null, null, List.of(), null));
        AdvisoryBody dissolved =
                bodies.create(new BodyInput("Sportraad Archief", "SPARCH", null, null, null, null, List.of(), null));
        bodies.dissolve(dissolved.id());
        users.create(new UserInput(
                "invoerder", "Iris Invoer", "invoer@example.org", Role.STAFF, null, PASSWORD, true, null));
        try (InputStream in = getClass().getResourceAsStream("/import/advices-2007.csv")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{body}", body.shortName())
                    .replace("{dissolved}", dissolved.shortName())
                    .getBytes(StandardCharsets.UTF_8);
        }
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void staffSeeTheDryRunImportTheGoodAdvicesAndOpenOne() {
        Page page = browser.newPage();
        Browser.logIn(page, "invoerder", PASSWORD);
        page.navigate("/advices");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Adviezen uit eerdere jaren invoeren"))
                .click();
        assertThat(page.locator("h1")).hasText("Adviezen uit eerdere jaren invoeren");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Excel-werkmap (XLSX)")))
                .hasAttribute("href", "/api/import/template.xlsx");

        page.getByLabel("Bestand (CSV of XLSX)")
                .setInputFiles(new FilePayload("adviezen-2007.csv", "text/csv", sample));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Proefimport bekijken"))
                .click();
        assertThat(page.locator("#tabel-aangemaakt tbody tr")).hasCount(2);
        assertThat(page.locator("#tabel-aangemaakt")).containsText("Minimabeleid 2007");
        assertThat(page.locator("#tabel-aangemaakt")).containsText("5 maart 2007");
        assertThat(page.locator("#tabel-geweigerd tbody tr")).hasCount(8);
        assertThat(page.locator("#tabel-geweigerd")).containsText("adviesorgaan Sportraad Archief is opgeheven");
        assertThat(page.locator("#tabel-geweigerd")).containsText("is verplicht bij het standpunt 'niet overgenomen'");
        Browser.screenshot(page, "invoeren-1-proefimport");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invoeren"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er is niets ingevoerd: 8 rij(en) geweigerd");

        page.getByLabel("Alleen de goede adviezen invoeren").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invoeren"))
                .click();
        assertThat(page.locator("#ingevoerd")).containsText("4 punten, 3 reacties en 3 toezeggingen");
        Browser.screenshot(page, "invoeren-2-ingevoerd");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("A-2007-01"))
                .click();
        assertThat(page.locator("h1")).hasText("Minimabeleid 2007");
        long id = Long.parseLong(page.url().replaceAll(".*/advices/(\\d+).*", "$1"));
        assertThat(advices.get(id).status()).isEqualTo(AdviceStatus.ANSWERED);
        assertThat(page.locator("main")).containsText("uit archief");
        Browser.screenshot(page, "invoeren-3-advies");
        page.navigate("/advices/" + id + "/letter");
        assertThat(page.locator("#uit-archief"))
                .containsText("Ingevoerd uit archief; de verzonden brief is niet in de tool.");
        assertThat(page.locator("#uit-archief")).isVisible();
        Browser.screenshot(page, "invoeren-4-brief-uit-archief");
        page.context().close();
    }
}
