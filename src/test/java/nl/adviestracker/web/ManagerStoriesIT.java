package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.account.User;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceInput;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointInput;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import nl.adviestracker.letter.DecisionKind;
import nl.adviestracker.letter.LetterRoutes;
import nl.adviestracker.letter.SendingMeans;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.ResponseReviews;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.Stance;
import nl.adviestracker.support.LetterSteps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The manager's week, in a real browser: she reads the trends on the dashboard and in the reports (every
 * chart an SVG image that loads, with its numbers in a table beside it), then makes a checked reply letter
 * final on its route. Her advices were received in {@value #YEAR}, a year no other test uses, so the
 * reports for that year hold exactly these numbers. Screenshots go to {@code target/screenshots}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagerStoriesIT {

    static final int YEAR = 2011;

    @Inject
    EmbeddedServer server;

    @Inject
    Bodies bodies;

    @Inject
    Users users;

    @Inject
    AdviceRegister advices;

    @Inject
    Responses responses;

    @Inject
    LetterRoutes routes;

    @Inject
    ResponseReviews reviews;

    Browser browser;
    Advice waiting;

    @BeforeAll
    void setUp() {
        long body = bodies.create(new BodyInput(
                        "Adviesraad Week",
                        "WEEK",
                        "D. Brouns",
                        "Postbus 30026\n9700 RM GRONINGEN",
                        null,
                        null,
                        List.of("Armoede"),
                        null))
                .id();
        SignedInUser staff = user("week-beleid", "Bram Jansen", Role.STAFF);
        SignedInUser checker = user("week-controle", "Dirk Smit", Role.STAFF);
        SignedInUser manager = user("week-manager", "Carla Bakker", Role.MANAGER);
        // K1: received 15 January, due 26 February, answered on 20 February: on time, after 36 days
        answered(body, "Schuldhulp in de wijk", "2011-01-15", "2011-02-26", "2011-02-20", staff, manager);
        // K1: received 1 February, due 15 March, answered on 10 April (K2): late, after 68 days
        answered(body, "Armoedebeleid 2012", "2011-02-01", "2011-03-15", "2011-04-10", staff, manager);
        // K2: received 6 May, answered and checked; the manager makes its letter final in the story
        waiting = advice(body, "Minimaregelingen 2012", "2011-05-06", "2011-06-17");
        respond(waiting);
        LetterSteps.approveResponses(responses, reviews, manager, waiting.id());
        routes.check(checker, waiting.id());
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerReadsTheTrendsAndMakesALetterFinal() {
        Page page = browser.newPage();
        Browser.logIn(page, "week-manager", Scenery.PASSWORD);

        page.navigate("/dashboard");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Trends in grafieken")))
                .isVisible();
        assertChartsLoad(page, 6);
        assertThat(page.locator("#grafiek-adviezen img"))
                .hasAttribute("alt", java.util.regex.Pattern.compile("^Staafdiagram van de adviezen per kwartaal"));
        assertThat(page.locator("#tabel-adviezen")).containsText("K1 2011");
        Browser.screenshot(page, "manager-1-dashboard-grafieken");

        page.getByText("Rapportage per adviesorgaan, thema, afdeling en jaar").click();
        page.getByLabel("Jaar van ontvangst").fill(String.valueOf(YEAR));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon"))
                .click();
        page.waitForURL(url -> url.contains("year=" + YEAR));
        assertChartsLoad(page, 5);
        assertThat(rows(page, "#tabel-adviezen"))
                .containsExactly(List.of("K1 2011", "2", "1"), List.of("K2 2011", "1", "1"));
        assertThat(rows(page, "#tabel-op-tijd"))
                .containsExactly(List.of("K1 2011", "1", "1", "100%"), List.of("K2 2011", "1", "0", "0%"));
        assertThat(rows(page, "#tabel-dagen"))
                .containsExactly(List.of("K1 2011", "1", "36 dagen"), List.of("K2 2011", "1", "68 dagen"));
        assertThat(rows(page, "#tabel-standpunten-body"))
                .containsExactly(List.of(
                        "Adviesraad Week",
                        "6",
                        "6 (100%)",
                        "0 (0%)",
                        "0 (0%)",
                        "0 (0%)",
                        "0 (0%)",
                        "0 (0%)",
                        "0 (0%)"));
        Browser.assertAccessible(page, "reports with charts");
        Browser.screenshot(page, "manager-2-rapportage-grafieken");
        // opened on its own, a chart keeps its colours: its styles are allowed, nothing else is
        page.navigate(page.locator("#grafiek-adviezen img").getAttribute("src"));
        assertThat((String) page.evaluate("getComputedStyle(document.querySelector('text')).fill"))
                .isEqualTo("rgb(26, 26, 26)");
        page.goBack();

        page.navigate("/advices/" + waiting.id() + "/letter/route");
        assertThat(page.locator("#route-nu")).hasText("gecontroleerd");
        page.getByText("naar het definitief maken").click();
        page.getByLabel("Ons kenmerk").fill("DMO-2011-7");
        page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill(YEAR + "-06-10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Brief definitief maken"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("definitief gemaakt");
        assertThat(page.locator("#brief-status")).hasText("definitief");
        Browser.screenshot(page, "manager-3-brief-definitief");
        page.navigate("/advices/" + waiting.id() + "/letter/route");
        assertThat(page.locator("#route-nu")).hasText("definitief");
        assertThat(page.locator("#route-stappen")).containsText("Carla Bakker");

        // the body has no e-mail address: the letter is not sent by e-mail, and "per e-mail" is not the default
        page.getByLabel("Soort besluit").selectOption("COLLEGE");
        page.getByLabel("Nummer van het besluit").fill("B&W 2011-7");
        page.getByLabel("Datum van het besluit").fill(YEAR + "-06-11");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Besluit vastleggen"))
                .click();
        assertThat(page.getByLabel("Hoe")).hasValue("POST");
        assertThat(page.locator("#verzending-means-hint")).containsText("Het adviesorgaan heeft geen e-mailadres");
        page.getByLabel("Verzonden op").fill(YEAR + "-06-12");
        page.getByLabel("Hoe").selectOption("EMAIL");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verzending vastleggen"))
                .click();
        assertThat(page.locator("#verzending-means-fout"))
                .containsText("Het adviesorgaan heeft geen e-mailadres; kies een andere manier van verzenden of vul"
                        + " het e-mailadres van het adviesorgaan in.");
        assertThat(page.locator("#route-nu")).hasText("besloten");
        Browser.assertAccessible(page, "sending by e-mail refused");
        Browser.screenshot(page, "manager-4-geen-e-mailadres");
        page.getByLabel("Hoe").selectOption("POST");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verzending vastleggen"))
                .click();
        assertThat(page.locator("#route-nu")).hasText("verzonden");
        page.context().close();
    }

    /** Every chart on the page is drawn (the browser decoded its image) and its address answers SVG. */
    private static void assertChartsLoad(Page page, int count) {
        Locator images = page.locator("img.chart__image");
        assertThat(images).hasCount(count);
        for (int i = 0; i < count; i++) {
            Locator image = images.nth(i);
            assertThat(image.getAttribute("alt")).isNotBlank();
            assertThat((Boolean) image.evaluate("img => img.complete && img.naturalWidth > 0"))
                    .as(image.getAttribute("src"))
                    .isTrue();
            APIResponse svg = page.context().request().get(image.getAttribute("src"));
            assertThat(svg.status()).as(image.getAttribute("src")).isEqualTo(200);
            assertThat(svg.headers().get("content-type")).startsWith("image/svg+xml");
            assertThat(new String(svg.body(), StandardCharsets.UTF_8)).contains("<svg");
        }
    }

    /** The body rows of a data table, each as its cells' texts (the row heading first). */
    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(Page page, String table) {
        return (List<List<String>>) page.locator(table)
                .evaluate("t => [...t.tBodies[0].rows].map(r => [...r.cells].map(c => c.textContent.trim()))");
    }

    private void answered(
            long body,
            String subject,
            String received,
            String due,
            String sent,
            SignedInUser staff,
            SignedInUser manager) {
        Advice advice = advice(body, subject, received, due);
        respond(advice);
        LocalDate on = LocalDate.parse(sent);
        LetterSteps.approveResponses(responses, reviews, manager, advice.id());
        routes.check(staff, advice.id());
        routes.approve(manager, advice.id(), "DMO-" + advice.id(), on);
        routes.decide(manager, advice.id(), DecisionKind.COLLEGE, "B&W " + advice.id(), on);
        routes.send(manager, advice.id(), on, SendingMeans.POST);
    }

    private void respond(Advice advice) {
        responses.create(
                advice.id(),
                new ResponseInput(
                        advices.points(advice.id()).stream().map(Point::id).toList(),
                        Stance.ADOPTED,
                        "U vraagt om eenvoudiger regelingen",
                        "Wij nemen dit over.",
                        null,
                        null));
    }

    private Advice advice(long body, String subject, String received, String due) {
        return advices.create(new AdviceInput(
                body,
                null,
                subject,
                AdviceKind.SOLICITED,
                LocalDate.parse(received),
                null,
                null,
                "Armoede",
                "Afdeling DMO Beleid",
                null,
                LocalDate.parse(due),
                null,
                "Wij hebben meegedacht.",
                "Wij blijven graag betrokken.",
                AdviceStatus.RECEIVED,
                List.of(
                        new PointInput("1", "Maak het eenvoudiger.", PointKind.RECOMMENDATION, null, null, null),
                        new PointInput("2", "Betrek de wijk.", PointKind.RECOMMENDATION, null, null, null)),
                null));
    }

    private SignedInUser user(String username, String name, Role role) {
        User user = users.create(
                new UserInput(username, name, username + "@example.org", role, null, Scenery.PASSWORD, true, null));
        return new SignedInUser(
                user.id(), user.username(), user.name(), role, user.organisationId(), user.bodyId(), null);
    }
}
