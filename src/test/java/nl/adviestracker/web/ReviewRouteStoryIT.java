package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import nl.adviestracker.bodymail.BodyMails;
import nl.adviestracker.reminder.MailOutbox;
import nl.adviestracker.shared.DutchDates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who does what and who checks it, through the screens in a real browser, with four officials: Mira, the
 * teamleider, leads the advice and assigns its points to Anna and Bram; they draft and offer their responses for
 * review; Carla sends Anna's back with a comment and approves Bram's; Anna fixes hers and Carla approves it and
 * checks the letter; Mira makes it final, records the college's decision and its sending by e-mail. A real mail
 * server (GreenMail) receives what each of them and the body is told, once each, with links that open the right
 * page; the outbox is sent between the steps as its one-minute job would. Every page is checked with axe-core;
 * screenshots go to {@code target/screenshots/route-*}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewRouteStoryIT implements TestPropertyProvider {

    static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[^\\s]*)");

    @Inject
    EmbeddedServer server;

    @Inject
    Bodies bodies;

    @Inject
    Users users;

    @Inject
    AdviceRegister advices;

    @Inject
    BodyMails bodyMails;

    @Inject
    MailOutbox outbox;

    GreenMail smtp;
    Browser browser;
    Advice advice;
    String prefix;
    String council;

    @Override
    public Map<String, String> getProperties() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return Map.of(
                "adviestracker.mail.host", "127.0.0.1",
                "adviestracker.mail.port", String.valueOf(smtp.getSmtp().getPort()),
                "adviestracker.mail.from", "adviestracker@gemeente.example");
    }

    @BeforeAll
    void setUp() {
        prefix = "rt" + System.nanoTime() % 100000;
        council = "raad-" + prefix + "@asdg.example";
        long body = bodies.create(new BodyInput(
                        "Adviesraad Route " + prefix,
                        prefix.toUpperCase(),
                        "D. Brouns",
                        "Postbus 30026\n9700 RM GRONINGEN",
                        council,
                        null,
                        null,
                        List.of("Wmo"),
                        null))
                .id();
        user("mira", "Mira Teamleider " + prefix, Role.MANAGER);
        user("anna", "Anna Beleid " + prefix, Role.STAFF);
        user("bram", "Bram Beleid " + prefix, Role.STAFF);
        user("carla", "Carla Beoordelaar " + prefix, Role.STAFF);
        users.create(new UserInput(
                prefix + "-lid",
                "Lid Adviesraad " + prefix,
                prefix + "-lid@example.org",
                Role.ASDG,
                body,
                Scenery.PASSWORD,
                true,
                null));
        LocalDate received = LocalDate.now(DutchDates.ZONE).minusDays(7);
        advice = advices.create(new AdviceInput(
                body,
                null,
                "Respijtzorg voor mantelzorgers " + prefix,
                AdviceKind.SOLICITED,
                received,
                null,
                null,
                "Wmo",
                "Afdeling Wmo",
                null,
                received.plusWeeks(6),
                null,
                "Wij adviseren over respijtzorg.",
                "Wij blijven graag betrokken.",
                AdviceStatus.RECEIVED,
                List.of(
                        new PointInput("1", "Maak respijtzorg vindbaar.", PointKind.RECOMMENDATION, null, null, null),
                        new PointInput("2", "Bied logeeropvang.", PointKind.RECOMMENDATION, null, null, null),
                        new PointInput("3", "Hoe lang is de wachtlijst?", PointKind.QUESTION, null, null, null)),
                null));
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theLeadAssignsTwoOfficialsDraftAThirdReviewsAndTheManagerApprovesTheLetterThatIsSent() {
        String page0 = "/advices/" + advice.id();
        String internalDue = LocalDate.now(DutchDates.ZONE).plusDays(14).toString();
        // the body's job of the night: the body hears that its advice was received
        bodyMails.queueDue(LocalDate.now(DutchDates.ZONE));
        outbox.sendDue();

        // Mira, the teamleider, leads the advice and divides the work
        Page mira = as("mira");
        mira.navigate(page0);
        mira.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Werk verdelen"))
                .click();
        mira.getByLabel("Trekker", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Mira Teamleider " + prefix));
        mira.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trekker opslaan"))
                .click();
        assertThat(mira.locator("#trekker")).hasText("Mira Teamleider " + prefix);
        // her "Mijn werk" lists the advice she leads: due in six weeks, none of its three points divided yet
        mira.navigate("/mijn-werk");
        assertThat(mira.locator("#als-trekker tbody tr")).hasCount(1);
        assertThat(mira.locator("#als-trekker tbody tr td"))
                .containsText(new String[] {advice.subject(), DutchDates.format(advice.responseDueOn()), "3", "0"});
        assertThat(mira.locator("#als-trekker")).not().containsText("te laat");
        Browser.assertAccessible(mira, "my work of the lead");
        Browser.screenshot(mira, "route-2a-mijn-werk-trekker");
        mira.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(advice.subject()))
                .click();
        mira.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Werk verdelen"))
                .click();
        // a date after the advice's own due date is refused beside its field
        mira.getByLabel("Punt 1", new Page.GetByLabelOptions().setExact(true)).check();
        mira.getByLabel("Punt 2", new Page.GetByLabelOptions().setExact(true)).check();
        mira.getByLabel("Medewerker", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Anna Beleid " + prefix));
        mira.getByLabel("Interne termijn")
                .fill(advice.responseDueOn().plusDays(1).toString());
        mira.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Punten toewijzen"))
                .click();
        assertThat(mira.locator("#toewijzing-internalDueOn-fout"))
                .containsText("moet voor de uiterste antwoorddatum van het advies liggen");
        Browser.assertAccessible(mira, "assignment refused");
        Browser.screenshot(mira, "route-1-toewijzing-geweigerd");
        mira.getByLabel("Interne termijn").fill(internalDue);
        mira.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Punten toewijzen"))
                .click();
        assertThat(mira.getByRole(AriaRole.STATUS).first()).containsText("De punten zijn toegewezen.");
        mira.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Werk verdelen"))
                .click();
        mira.getByLabel("Punt 3", new Page.GetByLabelOptions().setExact(true)).check();
        mira.getByLabel("Medewerker", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Bram Beleid " + prefix));
        mira.getByLabel("Interne termijn").fill(internalDue);
        Browser.assertAccessible(mira, "assignment page");
        Browser.screenshot(mira, "route-2-toewijzing");
        mira.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Punten toewijzen"))
                .click();
        assertThat(mira.locator("#punt-" + pointId(1) + " .point__assignee")).containsText("Anna Beleid " + prefix);
        assertThat(mira.locator("#punt-" + pointId(3) + " .point__assignee")).containsText("Bram Beleid " + prefix);
        Browser.assertAccessible(mira, "advice page with assignments");
        Browser.screenshot(mira, "route-3-advies-toegewezen");
        outbox.sendDue();

        // Anna finds her points in "Mijn werk", answers both in one response and offers it for review
        Page anna = as("anna");
        anna.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn werk"))
                .click();
        assertThat(anna.locator("#toegewezen tbody tr")).hasCount(2);
        Browser.assertAccessible(anna, "my work");
        Browser.screenshot(anna, "route-4-mijn-werk-anna");
        anna.locator("#toegewezen a").first().click();
        respond(anna, List.of("1", "2"), "ADOPTED", "Wij maken respijtzorg vindbaar via het Wmo-loket.");
        offerForReview(anna);

        Page bram = as("bram");
        bram.navigate("/mijn-werk");
        bram.locator("#toegewezen a").first().click();
        respond(bram, List.of("3"), "ADOPTED", "De wachtlijst is nu zes weken.");
        offerForReview(bram);
        // Bram may review Anna's response, not his own: he sees no button to approve his
        String bramsCard = "#" + bram.url().substring(bram.url().indexOf('#') + 1);
        assertThat(bram.locator(bramsCard + " form[action$='/review/approve']")).hasCount(0);
        assertThat(bram.locator("form[action$='/review/approve']")).hasCount(1);
        outbox.sendDue();

        // Carla reviews: she sends Anna's back with a comment and approves Bram's
        Page carla = as("carla");
        carla.navigate("/mijn-werk");
        assertThat(carla.locator("#te-beoordelen tbody tr")).hasCount(2);
        Browser.screenshot(carla, "route-5-mijn-werk-carla");
        carla.locator("#te-beoordelen a").first().click();
        long annas = responseId(carla, "1");
        long brams = responseId(carla, "3");
        carla.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reactie op punten 1 en 2 terugsturen"))
                .click();
        assertThat(carla.locator("#beoordeling-" + annas + "-fout")).containsText("De opmerking is verplicht");
        Browser.assertAccessible(carla, "send back without a comment");
        carla.getByLabel("Opmerking bij terugsturen van de reactie op punten 1 en 2")
                .fill("Noem ook de logeeropvang in de wijk.");
        carla.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reactie op punten 1 en 2 terugsturen"))
                .click();
        assertThat(carla.getByRole(AriaRole.STATUS).first()).containsText("teruggestuurd");
        carla.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reactie op punt 3 goedkeuren"))
                .click();
        assertThat(carla.locator("#beoordeling-" + brams + "-stand")).hasText("goedgekeurd");
        assertThat(carla.locator("#beoordeling-" + annas + "-stand")).hasText("concept");
        Browser.assertAccessible(carla, "advice page after a review");
        Browser.screenshot(carla, "route-6-beoordeeld");
        outbox.sendDue();
        // the letter is not checked while Anna's response waits: the route page says why, and links to it
        carla.navigate(page0 + "/letter/route");
        assertThat(carla.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Brief is gecontroleerd")))
                .hasCount(0);
        assertThat(carla.locator("#wacht-op-reacties"))
                .containsText("De brief kan pas gecontroleerd worden als alle reacties zijn goedgekeurd");
        assertThat(carla.locator("#wacht-op-reacties a")).hasCount(1);
        assertThat(carla.locator("#wacht-op-reacties a")).hasText("De reactie op punten 1 en 2 (concept)");
        assertThat(carla.locator("#wacht-op-reacties a")).hasAttribute("href", page0 + "#reactie-" + annas);
        Browser.assertAccessible(carla, "route page waiting for responses");
        Browser.screenshot(carla, "route-7-brief-nog-niet");
        // Mira, the lead, sees one response still to approve and every point divided
        mira.navigate("/mijn-werk");
        assertThat(mira.locator("#als-trekker tbody tr td"))
                .containsText(new String[] {advice.subject(), DutchDates.format(advice.responseDueOn()), "0", "1"});
        carla.locator("#wacht-op-reacties a").click();
        assertThat(carla.locator("#reactie-" + annas)).isVisible();

        // Anna reads the comment in "Mijn werk", fixes her response and offers it again
        anna.navigate("/mijn-werk");
        assertThat(anna.locator("#toegewezen")).containsText("Teruggestuurd: Noem ook de logeeropvang in de wijk.");
        anna.locator("#toegewezen a").first().click();
        anna.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reactie op punten 1 en 2 wijzigen"))
                .click();
        anna.getByLabel("Reactie", new Page.GetByLabelOptions().setExact(true))
                .fill("Wij maken respijtzorg vindbaar via het Wmo-loket en bieden logeeropvang in de wijk.");
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijziging opslaan"))
                .click();
        offerForReview(anna);

        // Carla approves it and checks the letter, which she did not write
        carla.navigate(page0);
        carla.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reactie op punten 1 en 2 goedkeuren"))
                .click();
        assertThat(carla.locator("#beoordeling-" + annas + "-stand")).hasText("goedgekeurd");
        carla.navigate(page0 + "/letter/route");
        carla.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Brief is gecontroleerd"))
                .click();
        assertThat(carla.getByRole(AriaRole.STATUS).first()).containsText("De brief is gecontroleerd");

        // Mira makes it final, records the college's decision and the sending
        mira.navigate(page0 + "/letter/route");
        mira.getByText("naar het definitief maken").click();
        mira.getByLabel("Ons kenmerk").fill("WMO-2025-" + prefix);
        mira.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true))
                .fill(LocalDate.now(DutchDates.ZONE).toString());
        mira.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Brief definitief maken"))
                .click();
        assertThat(mira.locator("#brief-status")).hasText("definitief");
        mira.navigate(page0 + "/letter/route");
        mira.getByLabel("Soort besluit").selectOption("COLLEGE");
        mira.getByLabel("Nummer van het besluit").fill("B&W " + prefix);
        mira.getByLabel("Datum van het besluit")
                .fill(LocalDate.now(DutchDates.ZONE).toString());
        mira.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Besluit vastleggen"))
                .click();
        mira.getByLabel("Verzonden op").fill(LocalDate.now(DutchDates.ZONE).toString());
        mira.getByLabel("Hoe").selectOption("EMAIL");
        mira.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verzending vastleggen"))
                .click();
        assertThat(mira.locator("#route-nu")).hasText("verzonden");
        Browser.screenshot(mira, "route-8-verzonden");
        assertThat(advices.get(advice.id()).status()).isEqualTo(AdviceStatus.ANSWERED);
        outbox.sendDue();
        theMailsSaidWhatEachHadToKnowOnce(annas);

        // the history tells who did what; "Mijn werk" is empty again
        mira.navigate(page0);
        assertThat(mira.locator("body"))
                .containsText("Carla Beoordelaar " + prefix + " stuurde de reactie op punten 1 en 2 terug");
        assertThat(mira.locator("body")).containsText("wees punt 3 toe aan Bram Beleid " + prefix);
        Browser.assertAccessible(mira, "advice page after sending");
        Browser.screenshot(mira, "route-9-geschiedenis");
        anna.navigate("/mijn-werk");
        assertThat(anna.locator("#niets")).isVisible();
        mira.navigate("/mijn-werk");
        assertThat(mira.locator("#als-trekker")).hasCount(0);
        mira.navigate("/dashboard");
        assertThat(mira.locator("#stations")).containsText("Reactie wacht op beoordeling");
        Browser.assertAccessible(mira, "dashboard with stations");
        Browser.screenshot(mira, "route-10-dashboard-stations");
    }

    /**
     * Anna: her points, her response sent back with the comment, then approved. Bram: his point, his response
     * approved. Mira, the lead, was asked to review both responses; the second request for Anna's was withdrawn
     * because Carla approved it before the mail left. Carla asked for nothing and was told nothing. The body: its
     * advice received, and the answer sent, with the letter attached. Nobody was told about their own step.
     */
    private void theMailsSaidWhatEachHadToKnowOnce(long annas) {
        assertThat(subjects("anna"))
                .containsExactlyInAnyOrder(
                        "Adviestracker: aan u toegewezen",
                        "Adviestracker: teruggestuurd met opmerkingen",
                        "Adviestracker: goedgekeurd");
        assertThat(subjects("bram"))
                .containsExactlyInAnyOrder("Adviestracker: aan u toegewezen", "Adviestracker: goedgekeurd");
        assertThat(subjects("mira"))
                .containsExactly("Adviestracker: beoordeling gevraagd", "Adviestracker: beoordeling gevraagd");
        assertThat(subjects("carla")).isEmpty();
        assertThat(mailsTo(council))
                .extracting(ReviewRouteStoryIT::subject)
                .containsExactlyInAnyOrder(
                        "Ontvangstbevestiging: uw advies over " + advice.subject(),
                        "Antwoord van het college op uw advies over " + advice.subject());

        String sentBack = text(mailsTo(prefix + "-anna@example.org").stream()
                .filter(m -> subject(m).contains("teruggestuurd"))
                .findFirst()
                .orElseThrow());
        assertThat(sentBack).contains("Carla Beoordelaar " + prefix, "Noem ook de logeeropvang in de wijk.");
        opens("anna", sentBack, "#reactie-" + annas);
        for (MimeMessage mail : mailsTo(prefix + "-bram@example.org")) {
            opens("bram", text(mail), null);
        }
        for (MimeMessage mail : mailsTo(prefix + "-mira@example.org")) {
            opens("mira", text(mail), null);
        }
        assertThat(text(mailsTo(prefix + "-bram@example.org").get(0))).contains("#punt-" + pointId(3));
        MimeMessage answer = mailsTo(council).stream()
                .filter(m -> subject(m).startsWith("Antwoord"))
                .findFirst()
                .orElseThrow();
        opens("lid", text(answer), null);
        try {
            assertThat(((MimeMultipart) answer.getContent()).getBodyPart(1).getFileName())
                    .isEqualTo("antwoordbrief-advies-" + advice.id() + ".pdf");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(outbox.sendDue()).as("nothing left to send").isZero();
    }

    /** The mail's first link opens, for the person it went to, the page that holds {@code fragment}. */
    private void opens(String who, String text, String fragment) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        String link = matcher.group(1);
        if (fragment != null) {
            assertThat(link).endsWith(fragment);
        }
        Page page = as(who);
        var response = page.navigate(link);
        assertThat(response.status()).as(who + " opens " + link).isEqualTo(200);
        if (link.contains("#")) {
            assertThat(page.locator(link.substring(link.indexOf('#')))).hasCount(1);
        }
        page.close();
    }

    private List<String> subjects(String who) {
        return mailsTo(prefix + "-" + who + "@example.org").stream()
                .map(ReviewRouteStoryIT::subject)
                .toList();
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof MimeMultipart multipart
                    ? (String) multipart.getBodyPart(0).getContent()
                    : (String) content;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Page as(String who) {
        Page page = browser.newPage();
        Browser.logIn(page, prefix + "-" + who, Scenery.PASSWORD);
        return page;
    }

    private void user(String who, String name, Role role) {
        users.create(new UserInput(
                prefix + "-" + who,
                name,
                prefix + "-" + who + "@example.org",
                role,
                null,
                Scenery.PASSWORD,
                true,
                null));
    }

    private long pointId(int label) {
        return advices.points(advice.id()).stream()
                .filter(p -> p.label().equals(String.valueOf(label)))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static void respond(Page page, List<String> labels, String stance, String text) {
        for (String label : labels) {
            page.getByLabel("Punt " + label + " kiezen voor een nieuwe reactie").check();
        }
        page.getByLabel("Standpunt").selectOption(stance);
        page.getByLabel("Reactie", new Page.GetByLabelOptions().setExact(true)).fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reactie opslaan"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De reactie is opgeslagen.");
    }

    /** The writer offers the response just saved (the page's anchor) for review. */
    private static void offerForReview(Page page) {
        String anchor = page.url().substring(page.url().indexOf('#') + 1);
        page.locator("#" + anchor + " form[action$='/review/ask'] button").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("ter beoordeling aangeboden");
    }

    /** The id of the response that covers this point, from the point's link to it. */
    private long responseId(Page page, String label) {
        String href = page.locator("#punt-" + pointId(Integer.parseInt(label)) + " a.point__answered")
                .getAttribute("href");
        return Long.parseLong(href.substring("#reactie-".length()));
    }
}
