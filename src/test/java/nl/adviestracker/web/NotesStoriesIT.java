package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceInput;
import nl.adviestracker.advice.AdviceKind;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.PointInput;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import nl.adviestracker.shared.DutchDates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Internal notes and notifications in the browser: an official writes a note on a point and mentions a
 * colleague, who sees the unread count in the header, opens the notice and lands on the note, answers it and
 * chooses how to hear of mentions; the body's member sees no note, on the page nor through the API.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotesStoriesIT {

    static final String PASSWORD = "notities-wachtwoord";

    @Inject
    EmbeddedServer server;

    @Inject
    Users users;

    @Inject
    Bodies bodies;

    @Inject
    AdviceRegister advices;

    Browser browser;
    Advice advice;

    @BeforeAll
    void setUp() {
        long body = bodies.create(new BodyInput("Wmo-raad Notities", "WMON", null, null, null, null, null, null))
                .id();
        advice = advices.create(new AdviceInput(
                body,
                null,
                "Vervoer op maat",
                AdviceKind.UNSOLICITED,
                LocalDate.now(DutchDates.ZONE).minusDays(3),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                AdviceStatus.RECEIVED,
                List.of(
                        new PointInput("1", "Maak het vervoer betaalbaar.", PointKind.RECOMMENDATION, null, null, null),
                        new PointInput(
                                "2", "Betrek de raad bij de aanbesteding.", PointKind.REQUEST, null, null, null)),
                null));
        users.create(new UserInput(
                "n.anna", "Anna de Vries", "anna@gemeente.example", Role.STAFF, null, PASSWORD, true, null));
        users.create(
                new UserInput("n.bram", "Bram Smit", "bram@gemeente.example", Role.STAFF, null, PASSWORD, true, null));
        users.create(
                new UserInput("n.lid", "Lid Wmo-raad", "lid@wmoraad.example", Role.ASDG, body, PASSWORD, true, null));
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOfficialMentionsAColleagueWhoIsToldAndAnswersWhileTheBodySeesNothing() {
        String advicePath = "/advices/" + advice.id();
        Page anna = browser.newPage();
        Browser.logIn(anna, "n.anna", PASSWORD);
        anna.navigate(advicePath);
        assertThat(anna.locator("#notities-kop")).hasText("Interne notities");
        anna.getByLabel("Nieuwe notitie").fill("");
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notitie plaatsen"))
                .click();
        assertThat(anna.getByRole(AriaRole.ALERT)).containsText("De tekst is verplicht");
        Browser.assertAccessible(anna, "internal note refused");
        anna.getByLabel("Notitie (alleen zichtbaar").fill("@n.bram wil jij punt 1 met Financiën afstemmen?");
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(anna.locator("#notities article.note")).hasCount(1);
        anna.navigate(advicePath);
        anna.getByLabel("Over").selectOption("punt 2");
        anna.getByLabel("Nieuwe notitie").fill("Punt 2 vraagt om een gesprek met de raad.");
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notitie plaatsen"))
                .click();
        assertThat(anna.locator("#notities article.note")).hasCount(2);
        assertThat(anna.locator("#notities")).containsText("over punt 2");
        Browser.assertAccessible(anna, "advice page with internal notes");
        Browser.screenshot(anna, "notities-advies");

        Page bram = browser.newPage();
        Browser.logIn(bram, "n.bram", PASSWORD);
        bram.navigate("/");
        assertThat(bram.locator(".header-notices .badge")).hasText("1");
        bram.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meldingen"))
                .click();
        assertThat(bram.locator("h1")).hasText("Meldingen");
        assertThat(bram.locator(".notices")).containsText("Anna de Vries noemde u in een interne notitie");
        Browser.assertAccessible(bram, "notifications list");
        Browser.screenshot(bram, "notities-meldingen");
        bram.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Anna de Vries noemde u")
                                .setExact(false))
                .click();
        bram.waitForURL(url -> url.contains(advicePath + "#notitie-"));
        String noteId = bram.url().substring(bram.url().indexOf("#notitie-") + 9);
        assertThat(bram.locator("#notitie-" + noteId)).containsText("met Financiën afstemmen");
        assertThat(bram.locator(".header-notices .badge")).hasCount(0);

        bram.locator("#notitie-" + noteId + " > details > summary").click();
        bram.locator("#antwoord-" + noteId).fill("Doe ik, @n.anna. Ik meld het hier.");
        bram.locator("#notitie-" + noteId + " > details button").click();
        assertThat(bram.locator("#notitie-" + noteId + " article.note")).containsText("Doe ik");

        bram.navigate("/account/meldingen");
        bram.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Genoemd in een notitie"))
                .getByLabel("Dagelijks overzicht")
                .check();
        bram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                .click();
        assertThat(bram.getByRole(AriaRole.STATUS)).containsText("Uw keuzes zijn opgeslagen");
        assertThat(bram.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Genoemd in een notitie"))
                        .getByLabel("Dagelijks overzicht"))
                .isChecked();
        Browser.assertAccessible(bram, "notification settings");
        Browser.screenshot(bram, "notities-instellingen");

        // Anna was told of the reply and changes her own note; the text before is kept, the page says "bewerkt"
        anna.navigate("/");
        assertThat(anna.locator(".header-notices .badge")).hasText("1");
        anna.navigate(advicePath);
        anna.locator("#notitie-" + noteId + " > details > summary", new Page.LocatorOptions().setHasText("Wijzigen"))
                .click();
        anna.locator("#notitie-" + noteId + "-tekst").fill("@n.bram wil jij punt 1 met Financiën en Zorg afstemmen?");
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijziging opslaan"))
                .first()
                .click();
        assertThat(anna.locator("#notitie-" + noteId)).containsText("Financiën en Zorg");
        assertThat(anna.locator("#notitie-" + noteId + " > p.muted")).containsText("bewerkt");

        Page member = browser.newPage();
        Browser.logIn(member, "n.lid", PASSWORD);
        member.navigate(advicePath);
        assertThat(member.locator("h1")).containsText("Vervoer op maat");
        assertThat(member.locator("main")).not().containsText("Interne notities");
        assertThat(member.locator("main")).not().containsText("Financiën");
        assertThat(member.locator(".header-notices")).hasCount(0);
        assertThat(member.request()
                        .get(advicePath.replace("/advices", "/api/advices") + "/notes")
                        .status())
                .isEqualTo(403);
        Browser.screenshot(member, "notities-lid-ziet-niets");
    }
}
