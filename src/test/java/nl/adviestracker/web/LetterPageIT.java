package nl.adviestracker.web;

import static nl.adviestracker.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

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
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointInput;
import nl.adviestracker.advice.PointKind;
import nl.adviestracker.letter.Letters;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.ResponseReviews;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.Stance;
import nl.adviestracker.support.LetterSteps;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The letter page over plain HTTP: editing the letter's texts (a stale save shows the other version),
 * keeping and comparing versions, and finalizing: refused naming the open point, refused for staff,
 * done by a manager, after which the page says the letter is sent and offers no editing any more.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterPageIT {

    @Inject
    EmbeddedServer server;

    @Inject
    Scenery scenery;

    @Inject
    Users users;

    @Inject
    AdviceRegister advices;

    @Inject
    Responses responses;

    @Inject
    Letters letters;

    @Inject
    ResponseReviews reviews;

    Scenery.Set data;
    WebClient staff;
    WebClient otherStaff;
    WebClient manager;

    @BeforeAll
    void setUp() {
        data = scenery.build("brief");
        users.create(new UserInput(
                "brief-beleid2", "Beleid Twee", "b2@example.org", Role.STAFF, null, Scenery.PASSWORD, true, null));
        String url = server.getURL().toString();
        staff = new WebClient(url).logIn("brief-beleid", Scenery.PASSWORD);
        otherStaff = new WebClient(url).logIn("brief-beleid2", Scenery.PASSWORD);
        manager = new WebClient(url).logIn("brief-manager", Scenery.PASSWORD);
    }

    @Test
    void theAdvicePageLinksToTheLetterPage() {
        Document html = staff.get("/advices/" + data.received().id()).html();
        assertThat(html.selectFirst("#brief-pagina").attr("href"))
                .isEqualTo("/advices/" + data.received().id() + "/letter");
    }

    @Test
    void staffEditTheLettersTextsAndASecondSaveOnAnOlderVersionShowsTheOtherVersion() {
        Advice advice = received("Teksten");
        String path = "/advices/" + advice.id() + "/letter";
        Document empty = staff.get(path).html();
        assertThat(empty.selectFirst("#brief-closing").text()).isEqualTo("Wij danken u nogmaals voor uw advies.");
        assertThat(empty.selectFirst("#brief-phone-hint").text()).contains("(050) 367 51 67");

        WebClient.Page first = staff.post(
                path,
                texts("Uw advies over de bibliotheek", "Met vriendelijke groet vooraf.", "Bijlage A\n\nBijlage B", ""));
        assertThat(first.status()).isEqualTo(303);
        assertThat(first.location()).isEqualTo(path + "?melding=teksten");
        Document saved = staff.get(path).html();
        assertThat(saved.selectFirst("#brief-subject").attr("value")).isEqualTo("Uw advies over de bibliotheek");
        assertThat(saved.selectFirst("#brief-attachments").text()).isEqualTo("Bijlage A\nBijlage B");
        assertThat(saved.selectFirst("#brieftekst").text())
                .contains("Met vriendelijke groet vooraf.")
                .contains("Onderwerp Uw advies over de bibliotheek");
        String version = saved.selectFirst("input[name=version]").attr("value");

        assertThat(otherStaff
                        .post(path, texts("Onderwerp van de collega", "Slot van de collega.", "", version))
                        .status())
                .isEqualTo(303);
        WebClient.Page mine = staff.post(path, texts("Mijn onderwerp", "Mijn slot <script>x</script>", "", version));
        assertThat(mine.status()).isEqualTo(409);
        Document conflict = mine.html();
        assertThat(conflict.selectFirst("#brief-fouten").text()).contains("Iemand anders heeft de teksten");
        assertThat(conflict.selectFirst("#hun-slot").text()).isEqualTo("Slot van de collega.");
        assertThat(conflict.selectFirst("#brief-closing").text()).isEqualTo("Mijn slot <script>x</script>");
        assertThat(conflict.selectFirst("#brief-subject").attr("value")).isEqualTo("Mijn onderwerp");
        assertThat(conflict.select("script")).isEmpty();

        String newer = conflict.selectFirst("input[name=version]").attr("value");
        assertThat(staff.post(path, texts("Mijn onderwerp", "Mijn slot.", "", newer))
                        .status())
                .isEqualTo(303);
        assertThat(staff.get(path).html().selectFirst("#brief-closing").text()).isEqualTo("Mijn slot.");
    }

    @Test
    void twoFirstSavesOfTheTextsAreAConflictToo() {
        Advice advice = received("Gelijktijdig");
        String path = "/advices/" + advice.id() + "/letter";
        assertThat(otherStaff.post(path, texts("Eerst", "Eerste slot.", "", "")).status())
                .isEqualTo(303);
        WebClient.Page second = staff.post(path, texts("Tweede", "Tweede slot.", "", ""));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.html().selectFirst("#hun-slot").text()).isEqualTo("Eerste slot.");
    }

    @Test
    void aTooLongPhoneNumberIsRefusedNextToTheField() {
        Advice advice = received("Telefoon");
        WebClient.Page page = staff.post(
                "/advices/" + advice.id() + "/letter",
                form("phone", "0".repeat(60), "closing", "Tot ziens.", "version", ""));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().selectFirst("#brief-phone-fout").text())
                .contains("Telefoon mag hoogstens 50 tekens bevatten");
        assertThat(page.html().selectFirst("#brief-closing").text()).isEqualTo("Tot ziens.");
    }

    @Test
    void staffKeepVersionsAndSeeWhatChangedBetweenTwo() {
        Advice advice = received("Versies");
        String path = "/advices/" + advice.id() + "/letter";
        WebClient.Page kept = staff.post(path + "/versions", form());
        assertThat(kept.status()).isEqualTo(303);
        assertThat(kept.location()).isEqualTo(path + "?melding=versie#versie-1");
        assertThat(staff.post(path, texts("", "Een nieuw slot.", "", "")).status())
                .isEqualTo(303);
        assertThat(staff.post(path + "/versions", form()).status()).isEqualTo(303);

        Document page = staff.get(path).html();
        assertThat(page.select("#versies tbody tr")).hasSize(2);
        assertThat(page.selectFirst("#versie-2 a[href$=/letter/versions/2.pdf]"))
                .isNotNull();
        assertThat(page.selectFirst("#versie-2 a[href$=/letter/versions/2.docx]"))
                .isNotNull();
        assertThat(page.selectFirst("#versie-2 a[href$=/letter/versions/2.html]"))
                .isNotNull();
        assertThat(page.selectFirst("#van option[selected]").attr("value")).isEqualTo("1");
        assertThat(page.selectFirst("#tot option[selected]").attr("value")).isEqualTo("2");

        Document compared = staff.get(path + "?van=1&tot=2").html();
        assertThat(compared.selectFirst("#vergelijking-kop").text())
                .isEqualTo("Wat veranderde van versie 1 naar versie 2");
        assertThat(compared.selectFirst("#vergelijking del").text()).isEqualTo("Wij danken u nogmaals voor uw advies.");
        assertThat(compared.selectFirst("#vergelijking ins").text()).isEqualTo("Een nieuw slot.");
        assertThat(staff.get(path + "?van=1&tot=99").status()).isEqualTo(200);
    }

    @Test
    void finalizingIsRefusedWhileAPointIsUnansweredAndSaysWhichWithTheInputKept() {
        Advice advice = received("Onvolledig");
        Point first = advices.points(advice.id()).get(0);
        responses.create(
                advice.id(), new ResponseInput(List.of(first.id()), Stance.ADOPTED, null, "Akkoord.", null, null));
        LetterSteps.approveResponses(responses, reviews, data.manager(), advice.id());
        String path = "/advices/" + advice.id() + "/letter";
        assertThat(manager.get(path).html().selectFirst("#nog-open").text()).contains("Punt 2 heeft nog geen reactie");
        assertThat(otherStaff.post(path + "/check", form()).status()).isEqualTo(303);

        WebClient.Page refused =
                manager.post(path + "/finalize", form("ourReference", "DMO-2025-8", "date", "2025-04-01"));
        assertThat(refused.status()).isEqualTo(409);
        Document html = refused.html();
        assertThat(html.selectFirst("#definitief-fouten").text())
                .contains("Niet definitief gemaakt")
                .contains("Punt 2 heeft nog geen reactie.");
        assertThat(html.selectFirst("#definitief-ourReference").attr("value")).isEqualTo("DMO-2025-8");
        assertThat(html.selectFirst("#definitief-date").attr("value")).isEqualTo("2025-04-01");
        assertThat(letters.sent(advice.id())).isEmpty();
        assertThat(advices.get(advice.id()).status()).isEqualTo(AdviceStatus.RECEIVED);

        WebClient.Page empty = manager.post(path + "/finalize", form("ourReference", " ", "date", "1-13-2025"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html().selectFirst("#definitief-ourReference-fout").text())
                .contains("Ons kenmerk is verplicht");
        assertThat(empty.html().selectFirst("#definitief-date-fout").text()).contains("Datum is geen geldige datum");
    }

    @Test
    void staffMayNotFinalizeAndDoNotSeeTheForm() {
        Advice advice = answeredAdvice("Alleen manager");
        String path = "/advices/" + advice.id() + "/letter";
        assertThat(staff.get(path).html().selectFirst("#definitief-maken")).isNull();
        WebClient.Page refused = staff.post(path + "/finalize", form("ourReference", "DMO-1", "date", "2025-04-01"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(letters.sent(advice.id())).isEmpty();
    }

    @Test
    void aManagerFinalizesTheCheckedLetterAfterWhichItIsNoLongerEditableAndIsSentAlongTheRoute() {
        Advice advice = answeredAdvice("Compleet");
        String path = "/advices/" + advice.id() + "/letter";
        assertThat(manager.get(path).html().selectFirst("#definitief-maken")).isNotNull();
        WebClient.Page unchecked =
                manager.post(path + "/finalize", form("ourReference", "DMO-2025-17", "date", "12-3-2025"));
        assertThat(unchecked.status()).isEqualTo(409);
        assertThat(unchecked.html().selectFirst("#definitief-fouten").text()).contains("nog niet gecontroleerd");
        WebClient.Page checked = otherStaff.post(path + "/check", form());
        assertThat(checked.status()).isEqualTo(303);
        assertThat(checked.location()).isEqualTo(path + "/route?melding=gecontroleerd");

        WebClient.Page done =
                manager.post(path + "/finalize", form("ourReference", "DMO-2025-17", "date", "12-3-2025"));
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location()).isEqualTo(path + "?melding=definitief");

        Document html = manager.get(path).html();
        assertThat(html.selectFirst("#verstuurd").text())
                .contains("12 maart 2025")
                .contains("DMO-2025-17");
        // final is not sent: the advice stays received until the sending is recorded
        assertThat(html.selectFirst("#advies-status").text()).isEqualTo(AdviceStatus.RECEIVED.dutch());
        assertThat(html.selectFirst("#brief-status").text()).isEqualTo("definitief");
        assertThat(html.selectFirst("#brieftekst").text()).contains("Ons kenmerk DMO-2025-17");
        assertThat(html.select("form[action=" + path + "]")).isEmpty();
        assertThat(html.select("form[action=" + path + "/versions]")).isEmpty();
        assertThat(html.selectFirst("#definitief-maken")).isNull();
        assertThat(html.selectFirst("#versie-1").text()).contains("definitief");
        assertThat(advices.get(advice.id()).status()).isEqualTo(AdviceStatus.RECEIVED);

        assertThat(staff.post(path, texts("Te laat", "Te laat.", "", "")).status())
                .isEqualTo(409);
        assertThat(staff.post(path + "/versions", form()).status()).isEqualTo(409);
        assertThat(manager.post(path + "/finalize", form("ourReference", "X", "date", "2025-03-13"))
                        .status())
                .isEqualTo(409);

        WebClient.Page early = staff.post(path + "/sending", form("sentOn", "2025-03-14", "means", "POST"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.html().selectFirst("#stap-fouten").text()).contains("eerst wordt het besluit van het college");
        WebClient.Page noNumber =
                staff.post(path + "/decision", form("kind", "COLLEGE", "number", "", "decidedOn", "2025-03-13"));
        assertThat(noNumber.status()).isEqualTo(422);
        assertThat(noNumber.html().selectFirst("#besluit-number-fout").text()).contains("is verplicht");
        assertThat(staff.post(
                                path + "/decision",
                                form("kind", "COLLEGE", "number", "B&W 2025-41", "decidedOn", "2025-03-13"))
                        .status())
                .isEqualTo(303);
        assertThat(staff.post(path + "/sending", form("sentOn", "14-3-2025", "means", "POST"))
                        .location())
                .isEqualTo(path + "/route?melding=verzonden");
        assertThat(advices.get(advice.id()).status()).isEqualTo(AdviceStatus.ANSWERED);
        Document route = staff.get(path + "/route").html();
        assertThat(route.selectFirst("#route-nu").text()).isEqualTo("verzonden");
        assertThat(route.selectFirst("#station-decided").text()).contains("B&W 2025-41", "13 maart 2025");
        assertThat(route.selectFirst("#station-sent").text()).contains("14 maart 2025", "per post");
        assertThat(route.selectFirst("#route-stappen").text()).contains("Beleid Twee");
        assertThat(route.selectFirst("#geen-stap")).isNotNull();
    }

    private static java.util.Map<String, List<String>> texts(
            String subject, String closing, String attachments, String version) {
        return form(
                "subject",
                subject,
                "salutation",
                "",
                "opening",
                "",
                "closing",
                closing,
                "phone",
                "",
                "attachments",
                attachments,
                "version",
                version);
    }

    private Advice answeredAdvice(String subject) {
        Advice advice = received(subject);
        responses.create(
                advice.id(),
                new ResponseInput(
                        advices.points(advice.id()).stream().map(Point::id).toList(),
                        Stance.ADOPTED,
                        null,
                        "Wij nemen beide punten over.",
                        null,
                        null));
        LetterSteps.approveResponses(responses, reviews, data.manager(), advice.id());
        return advice;
    }

    private Advice received(String subject) {
        return advices.create(new AdviceInput(
                data.body(),
                null,
                subject + " " + System.nanoTime(),
                AdviceKind.SOLICITED,
                LocalDate.of(2025, 3, 1),
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
                        new PointInput("1", "Eerste punt", PointKind.RECOMMENDATION, null, null, null),
                        new PointInput("2", "Tweede punt", PointKind.QUESTION, null, null, null)),
                null));
    }
}
