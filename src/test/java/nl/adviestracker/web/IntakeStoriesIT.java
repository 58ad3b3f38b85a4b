package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.Point;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import nl.adviestracker.support.DatabaseState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An ASDG member takes an advice in: pasted text is proposed as points, corrected on the review screen
 * and saved as a draft; an uploaded Word document ends up stored with its points and can be downloaded
 * exactly as uploaded; a bad file is explained next to the upload field and leaves nothing behind.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeStoriesIT {

    static final String PASSWORD = "wachtwoord-voor-test";
    static final Path CORPUS = Path.of("src/test/resources/intake-corpus");
    static final String PASTED = """
            Onderwerp: Advies over vervoer naar dagbesteding

            Geacht college,

            De projectgroep Wmo heeft gesproken met deelnemers aan dagbesteding.

            1. Zorg dat de reistijd naar de dagbesteding niet langer is dan drie kwartier.

            2. Laat deelnemers zelf kiezen of zij met het collectief vervoer reizen.

            3. Vraag deelnemers twee keer per jaar naar hun ervaringen met het vervoer.

            4. Hoe wordt gecontroleerd dat chauffeurs op tijd zijn?

            Wij horen graag wat u met dit advies doet.

            Met vriendelijke groet,

            Adviesgroep Sociaal Domein Groningen
            """;

    @Inject
    EmbeddedServer server;

    @Inject
    Bodies bodies;

    @Inject
    Users users;

    @Inject
    AdviceRegister advices;

    @Inject
    DataSource dataSource;

    Browser browser;

    SignedInUser inlezer;

    @BeforeAll
    void setUp() {
        long body = bodies.create(new BodyInput("Adviesgroep Inlezen", "AI", null, null, null, null, List.of(), null))
                .id();
        var member = users.create(
                new UserInput("inlezer", "Ida Inlezer", "inlezer@example.org", Role.ASDG, body, PASSWORD, true, null));
        inlezer = new SignedInUser(member.id(), "inlezer", "Ida Inlezer", Role.ASDG, null, body, null);
        users.create(
                new UserInput("inlees-beleid", "Bas Beleid", "ib@example.org", Role.STAFF, null, PASSWORD, true, null));
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void pastedTextIsReviewedCorrectedAndSavedAsADraft() {
        Page page = browser.newPage();
        Browser.logIn(page, "inlezer", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Advies inlezen uit een document"))
                .click();
        page.getByLabel("Tekst van het advies").fill(PASTED);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorstel maken"))
                .click();

        assertThat(page.locator("h1")).hasText("Voorstel controleren");
        assertThat(page.getByLabel("Onderwerp")).hasValue("Advies over vervoer naar dagbesteding");
        assertThat(page.getByLabel("Punt 4: soort")).hasValue("QUESTION");
        assertThat(page.locator(".intake-point")).hasCount(4);
        Browser.screenshot(page, "intake-1-voorstel");

        // points 2 and 3 belong together; then the fourth becomes "3"
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Punt 2 samenvoegen met het volgende punt"))
                .click();
        assertThat(page.locator(".intake-point")).hasCount(3);
        assertThat(page.getByLabel("Punt 2: tekst"))
                .hasValue(Pattern.compile("collectief vervoer reizen\\.\\n\\nVraag deelnemers"));
        page.getByLabel("Punt 3: nummer").fill("3");
        page.getByLabel("Punt 1: tekst").fill("Zorg dat de reistijd naar de dagbesteding hoogstens drie kwartier is.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Punt 3 omhoog"))
                .click();
        assertThat(page.getByLabel("Punt 2: nummer")).hasValue("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Punt 2 omlaag"))
                .click();
        Browser.screenshot(page, "intake-2-bewerkt");
        Browser.assertAccessible(page, "intake review");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept opslaan"))
                .click();
        assertThat(page.locator("h1")).hasText("Advies over vervoer naar dagbesteding");
        Browser.screenshot(page, "intake-3-concept");
        long id = Long.parseLong(page.url().replaceAll(".*/advices/(\\d+).*", "$1"));
        Advice advice = advices.get(id);
        assertThat(advice.status()).isEqualTo(AdviceStatus.DRAFT);
        assertThat(advice.introduction()).contains("deelnemers aan dagbesteding");
        assertThat(advices.points(id)).extracting(Point::label).containsExactly("1", "2", "3");
        assertThat(advices.points(id).get(0).text())
                .isEqualTo("Zorg dat de reistijd naar de dagbesteding hoogstens drie kwartier is.");
        assertThat(advices.points(id).get(1).text())
                .startsWith("Laat deelnemers")
                .endsWith("ervaringen met het vervoer.");
        assertThat(advices.points(id).get(2).kind().name()).isEqualTo("QUESTION");
        assertThat(page.context().request().get("/advices/" + id + "/document").status())
                .isEqualTo(404);
        page.context().close();
    }

    @Test
    void anUploadedWordDocumentIsStoredWithItsPointsAndDownloadableAsUploaded() throws Exception {
        Path docx = CORPUS.resolve("01-wmo-verordening.docx");
        Page page = browser.newPage();
        Browser.logIn(page, "inlezer", PASSWORD);
        page.navigate("/advices/intake");
        page.getByLabel("Of kies een bestand").setInputFiles(docx);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorstel maken"))
                .click();
        assertThat(page.locator("h1")).hasText("Voorstel controleren");
        assertThat(page.getByText("01-wmo-verordening.docx")).isVisible();
        assertThat(page.getByLabel("Uw kenmerk")).hasValue("ASDG/2024/011");
        assertThat(page.getByLabel("Datum van het advies")).hasValue("2024-03-14");
        Browser.screenshot(page, "intake-4-docx-voorstel");
        int proposed = page.locator(".intake-point").count();
        assertThat(proposed).isGreaterThanOrEqualTo(6);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept opslaan"))
                .click();
        assertThat(page.locator("h1"))
                .hasText("Advies over de concept-Verordening maatschappelijke ondersteuning 2025");
        long id = Long.parseLong(page.url().replaceAll(".*/advices/(\\d+).*", "$1"));
        List<Point> points = advices.points(id);
        assertThat(points).hasSize(proposed);
        assertThat(points.get(0).label()).isEqualTo("1");
        assertThat(points.get(0).text()).startsWith("Leg in de verordening vast dat inwoners binnen vijf werkdagen");

        byte[] original = Files.readAllBytes(docx);
        APIResponse screen = page.context().request().get("/advices/" + id + "/document");
        assertThat(screen.status()).isEqualTo(200);
        assertThat(screen.body()).isEqualTo(original);
        assertThat(screen.headers().get("content-disposition"))
                .startsWith("attachment")
                .contains("01-wmo-verordening.docx");
        APIResponse api = page.context().request().get("/api/advices/" + id + "/document");
        assertThat(api.body()).isEqualTo(original);
        assertThat(api.headers().get("content-type"))
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        page.context().close();

        Page staff = browser.newPage();
        Browser.logIn(staff, "inlees-beleid", PASSWORD);
        assertThat(staff.context()
                        .request()
                        .get("/api/advices/" + id + "/document")
                        .status())
                .as("staff do not see a draft: it does not exist for them")
                .isEqualTo(404);
        advices.submit(id, inlezer);
        assertThat(staff.context()
                        .request()
                        .get("/api/advices/" + id + "/document")
                        .body())
                .isEqualTo(original);
        staff.context().close();
    }

    @Test
    void aBadFileIsExplainedNextToTheUploadFieldAndNothingIsStored() {
        Page page = browser.newPage();
        Browser.logIn(page, "inlezer", PASSWORD);
        var before = DatabaseState.rowCounts(dataSource);
        page.navigate("/advices/intake");
        page.getByLabel("Of kies een bestand")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "advies.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "PK\u0003\u0004 dit is geen echt document"
                                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorstel maken"))
                .click();
        assertThat(page.locator("#intake-file-fout")).containsText("beschadigd");
        assertThat(page.getByLabel("Of kies een bestand")).hasAttribute("aria-invalid", "true");
        Browser.screenshot(page, "intake-5-fout");
        Browser.assertAccessible(page, "intake with a bad file");

        page.getByLabel("Of kies een bestand")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload("leeg.txt", "text/plain", new byte[0]));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorstel maken"))
                .click();
        assertThat(page.locator("#intake-file-fout")).containsText("leeg");

        page.getByLabel("Tekst van het advies").fill("   ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorstel maken"))
                .click();
        assertThat(page.locator("#intake-text-fout")).isVisible();
        assertThat(DatabaseState.rowCounts(dataSource)).isEqualTo(before);
        page.context().close();
    }

    @Test
    void aScannedAdviceIsReadWithOcrReviewedAndSavedAsADraft() {
        byte[] scan = nl.adviestracker.intake.corpus.ScanBuilder.pdf(List.of(
                "Adviesgroep Sociaal Domein Groningen",
                "~",
                "Groningen, 3 juni 2025",
                "Ons kenmerk: ASDG-2025-042",
                "Onderwerp: Advies over de Wmo-verordening",
                "~",
                "Geacht college,",
                "~",
                "De projectgroep Wmo heeft de concept-verordening besproken.",
                "~",
                "1. Verleng de termijn in art. 3.8 lid 3 naar acht weken.",
                "~",
                "2. Wij constateren dat de folder veel moeilijke woorden bevat.",
                "~",
                "Met vriendelijke groet,",
                "~",
                "Projectgroep Wmo"));
        Page page = browser.newPage();
        Browser.logIn(page, "inlezer", PASSWORD);
        page.navigate("/advices/intake");
        page.getByLabel("Of kies een bestand")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload("scan.pdf", "application/pdf", scan));
        // OCR takes seconds, more on a busy machine: wait for the review as long as intake may read
        page.setDefaultNavigationTimeout(90_000);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorstel maken"))
                .click(new com.microsoft.playwright.Locator.ClickOptions().setTimeout(90_000));

        assertThat(page.locator("h1"))
                .hasText(
                        "Voorstel controleren",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(90_000));
        assertThat(page.locator("#voorstel-melding"))
                .containsText(Pattern.compile("gelezen met tekstherkenning \\(OCR\\): pagina 1 \\d{1,3}% zeker"));
        assertThat(page.getByLabel("Onderwerp")).hasValue("Advies over de Wmo-verordening");
        assertThat(page.locator(".intake-point")).hasCount(2);
        assertThat(page.getByLabel("Punt 1: verwijst naar")).hasValue("art. 3.8 lid 3");
        assertThat(page.getByLabel("Punt 2: soort")).hasValue("OBSERVATION");
        Browser.screenshot(page, "intake-6-scan-voorstel");
        Browser.assertAccessible(page, "intake review of a scan");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept opslaan"))
                .click();
        assertThat(page.locator("h1")).hasText("Advies over de Wmo-verordening");
        long id = Long.parseLong(page.url().replaceAll(".*/advices/(\\d+).*", "$1"));
        List<Point> points = advices.points(id);
        assertThat(points).extracting(Point::label).containsExactly("1", "2");
        assertThat(points.get(0).documentReference()).isEqualTo("art. 3.8 lid 3");
        assertThat(points.get(1).kind().name()).isEqualTo("OBSERVATION");
        assertThat(page.context().request().get("/advices/" + id + "/document").body())
                .isEqualTo(scan);
        page.context().close();
    }
}
