package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A policy officer prepares the report to the council in the browser: chooses the body and the year, is
 * told in Dutch what is wrong with a year that is not one, writes the introduction, and downloads the PDF.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilReportStoriesIT {

    @Inject
    EmbeddedServer server;

    @Inject
    Scenery scenery;

    Browser browser;
    Scenery.Set data;

    @BeforeAll
    void setUp() {
        data = scenery.build("raad");
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void staffChooseABodyAndYearWriteTheIntroductionAndDownloadThePdf() throws Exception {
        Page page = browser.newPage();
        Browser.logIn(page, "raad-beleid", Scenery.PASSWORD);
        page.navigate("/reports/council");
        assertThat(page.locator("h1")).hasText("Rapportage aan de gemeenteraad");
        String body = String.valueOf(data.answered().bodyId());
        String year = String.valueOf(data.answered().receivedOn().getYear());

        page.getByLabel("Adviesorgaan").selectOption(body);
        page.locator("#keuze-jaar").fill("twintig");
        page.locator("#toon").click();
        assertThat(page.locator(".utrecht-alert--error")).containsText("is geen geldig jaar");
        Browser.screenshot(page, "raad-1-fout");

        page.locator("#keuze-jaar").fill(year);
        page.locator("#toon").click();
        assertThat(page.locator("#raad-cijfers")).containsText("Adviezen beantwoord");
        Browser.assertAccessible(page, "council report page");

        page.locator("#inleiding-inleiding").fill("Dit jaar sprak de adviesraad vaak over armoede.");
        page.locator("#inleiding-opslaan").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De inleiding is opgeslagen.");
        assertThat(page.locator("#inleiding-inleiding")).hasValue("Dit jaar sprak de adviesraad vaak over armoede.");
        Browser.screenshot(page, "raad-2-inleiding");

        APIResponse pdf =
                page.context().request().get(page.locator("#download-pdf").getAttribute("href"));
        org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(pdf.body()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            org.assertj.core.api.Assertions.assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Dit jaar sprak de adviesraad vaak over armoede.");
        }
        page.context().close();
    }
}
