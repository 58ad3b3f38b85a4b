package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A policy officer imports an advice of 2006 and, from the import's result, keeps its original letters with it:
 * a file intake does not take is refused in Dutch, the reply letter is kept; the body's member finds it with the
 * answered advice.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportDocumentsStoriesIT {

    static final String PASSWORD = "wachtwoord-voor-test";

    static final byte[] PDF = "%PDF-1.4\nAntwoordbrief minimabeleid 2006\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    EmbeddedServer server;

    @Inject
    Bodies bodies;

    @Inject
    Users users;

    Browser browser;
    byte[] csv;

    @BeforeAll
    void setUp() {
        AdvisoryBody body =
                bodies.create(new BodyInput("Adviesraad Stukken", "STUK", null, null, null, null, List.of(), null));
        users.create(new UserInput(
                "archivaris", "Anne Archief", "archief@example.org", Role.STAFF, null, PASSWORD, true, null));
        users.create(new UserInput(
                "stukken-lid", "Lid Stukken", "lid@example.org", Role.ASDG, body.id(), PASSWORD, true, null));
        csv = ("advies,adviesorgaan,onderwerp,ontvangen op,verzonden op,punt,tekst punt,standpunt,reactie\n"
                        + "S-2006-01,STUK,Minimabeleid 2006,2006-03-06,2006-04-11,1,Leg de regelingen eenvoudig uit.,"
                        + "overgenomen,Dat doen wij.\n")
                .getBytes(StandardCharsets.UTF_8);
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void fromTheImportResultStaffKeepTheReplyLetterWithTheArchiveAdvice() {
        Page page = browser.newPage();
        Browser.logIn(page, "archivaris", PASSWORD);
        page.navigate("/import");
        page.getByLabel("Bestand (CSV of XLSX)").setInputFiles(new FilePayload("adviezen-2006.csv", "text/csv", csv));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Proefimport bekijken"))
                .click();
        assertThat(page.locator("#tabel-aangemaakt tbody tr")).hasCount(1);
        assertThat(page.locator("main")).containsText("per advies de oorspronkelijke documenten toevoegen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invoeren"))
                .click();
        assertThat(page.locator("#ingevoerd")).containsText("1 punten");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Documenten toevoegen aan Minimabeleid 2006"))
                .click();
        assertThat(page.locator("h1")).hasText("Documenten bij het advies");
        assertThat(page.locator("#documenten")).containsText("nog geen documenten");
        String documentsUrl = page.url();

        page.getByLabel("Wat voor stuk").selectOption("REPLY_LETTER");
        page.getByLabel("Bestand", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(
                        new FilePayload("logo.gif", "image/gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        page.locator("#document-bewaren").click();
        assertThat(page.locator("#document-fouten")).containsText("Dit is een afbeelding, geen tekstdocument.");
        Browser.screenshot(page, "stukken-1-geweigerd");
        Browser.assertAccessible(page, "documents of an advice, a refused file");

        page.getByLabel("Wat voor stuk").selectOption("REPLY_LETTER");
        page.getByLabel("Bestand", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("antwoordbrief-2006.pdf", "application/pdf", PDF));
        page.locator("#document-bewaren").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Het document is bij het advies bewaard.");
        assertThat(page.locator("#documenten tbody tr")).hasCount(1);
        assertThat(page.locator("#documenten")).containsText("antwoordbrief-2006.pdf");
        assertThat(page.locator("#documenten")).containsText("antwoordbrief van het college");
        Browser.screenshot(page, "stukken-2-bewaard");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Minimabeleid 2006"))
                .click();
        assertThat(page.locator("#documenten-link")).hasText("Documenten bij dit advies (toevoegen)");
        page.context().close();

        Page member = browser.newPage();
        Browser.logIn(member, "stukken-lid", PASSWORD);
        member.navigate(documentsUrl);
        assertThat(member.locator("#documenten")).containsText("antwoordbrief-2006.pdf");
        assertThat(member.locator("#toevoegen")).hasCount(0);
        Browser.screenshot(member, "stukken-3-lid");
        member.context().close();
    }
}
