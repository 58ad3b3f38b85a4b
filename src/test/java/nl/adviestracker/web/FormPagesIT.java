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
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.Stance;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The forms over plain HTTP, without JavaScript: a wrong form comes back with the Dutch message next to
 * the field and everything the user typed still in it; a good one redirects; a stale edit shows the
 * other person's version; browsers get readable error pages.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormPagesIT {

    static final String PASSWORD = "wachtwoord-voor-test";

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

    long body;
    WebClient member;
    WebClient staff;
    WebClient otherStaff;

    @BeforeAll
    void setUp() {
        body = bodies.create(new BodyInput("Wmo-raad Groningen", "WMO", null, null, null, null, List.of("Zorg"), null))
                .id();
        users.create(
                new UserInput("lid-wmo", "Lid Wmo-raad", "lid@example.org", Role.ASDG, body, PASSWORD, true, null));
        users.create(new UserInput("beleid-a", "Beleid A", "a@example.org", Role.STAFF, null, PASSWORD, true, null));
        users.create(new UserInput("beleid-b", "Beleid B", "b@example.org", Role.STAFF, null, PASSWORD, true, null));
        member = new WebClient(server.getURL().toString()).logIn("lid-wmo", PASSWORD);
        staff = new WebClient(server.getURL().toString()).logIn("beleid-a", PASSWORD);
        otherStaff = new WebClient(server.getURL().toString()).logIn("beleid-b", PASSWORD);
    }

    @Test
    void aNewAdviceWithoutSubjectAndWithAWrongDateKeepsTheInputAndSaysWhatIsWrongNextToEachField() {
        WebClient.Page page = member.post(
                "/advices",
                form(
                        "subject",
                        "  ",
                        "kind",
                        "UNSOLICITED",
                        "receivedOn",
                        "31-02-2025",
                        "theme",
                        "Zorg thuis",
                        "introduction",
                        "Onze inleiding <script>x</script>"));

        assertThat(page.status()).isEqualTo(422);
        Document html = page.html();
        assertThat(html.selectFirst("#advies-subject-fout").text()).isEqualTo("Fout: Onderwerp is verplicht");
        assertThat(html.selectFirst("#advies-subject").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.selectFirst("#advies-subject").attr("aria-describedby")).contains("advies-subject-fout");
        assertThat(html.selectFirst("#advies-receivedOn-fout").text())
                .contains("Datum van het advies is geen geldige datum");
        assertThat(html.selectFirst("#advies-receivedOn").attr("value")).isEqualTo("31-02-2025");
        assertThat(html.selectFirst("#advies-theme").attr("value")).isEqualTo("Zorg thuis");
        assertThat(html.selectFirst("#advies-introduction").text()).isEqualTo("Onze inleiding <script>x</script>");
        assertThat(html.select("script")).as("user text is escaped, never run").isEmpty();
        assertThat(html.select("#advies-fouten a[href=#advies-subject]")).hasSize(1);

        WebClient.Page good = member.post(
                "/advices", form("subject", "Zorg thuis", "kind", "UNSOLICITED", "receivedOn", "2025-02-03"));
        assertThat(good.status()).isEqualTo(303);
        assertThat(good.location()).matches("/advices/\\d+\\?melding=aangemaakt.*");
    }

    @Test
    void aPointWithAWrongOrTakenNumberIsRefusedNextToTheNumber() {
        long draft = draftWithPoint();
        WebClient.Page wrong = member.post(
                "/advices/" + draft + "/points",
                form("label", "1 a!", "kind", "QUESTION", "text", "Hoe lang duurt de aanvraag?"));
        assertThat(wrong.status()).isEqualTo(422);
        Document html = wrong.html();
        assertThat(html.selectFirst("#nieuw-punt-label-fout").text()).contains("Nummer mag alleen letters, cijfers");
        assertThat(html.selectFirst("#nieuw-punt-label").attr("value")).isEqualTo("1 a!");
        assertThat(html.selectFirst("#nieuw-punt-text").text()).isEqualTo("Hoe lang duurt de aanvraag?");
        assertThat(html.selectFirst("#nieuw-punt-kind option[selected]").attr("value"))
                .isEqualTo("QUESTION");

        WebClient.Page taken = member.post(
                "/advices/" + draft + "/points", form("label", "1", "kind", "QUESTION", "text", "Nog een punt 1"));
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.html().selectFirst("#nieuw-punt-label-fout").text())
                .contains("Punt 1 bestaat al in dit advies");
    }

    @Test
    void aResponseWithoutPointsAndWithoutReasonForADepartureIsRefusedWithTheTextKept() {
        Advice advice = received();
        WebClient.Page page = staff.post(
                "/advices/" + advice.id() + "/responses",
                form(
                        "stance",
                        "NOT_ADOPTED",
                        "paraphrase",
                        "U vraagt om meer",
                        "text",
                        "Wij doen dit niet.",
                        "reason",
                        ""));

        assertThat(page.status()).isEqualTo(422);
        Document html = page.html();
        assertThat(html.selectFirst("#reactie-pointIds-fout").text()).contains("Kies minstens één punt");
        assertThat(html.selectFirst("#reactie-reason-fout").text())
                .contains("is verplicht bij het standpunt 'niet overgenomen'");
        assertThat(html.selectFirst("#reactie-text").text()).isEqualTo("Wij doen dit niet.");
        assertThat(html.selectFirst("#reactie-paraphrase").attr("value")).isEqualTo("U vraagt om meer");
        assertThat(html.selectFirst("#reactie-stance option[selected]").attr("value"))
                .isEqualTo("NOT_ADOPTED");
        assertThat(responses.list(advice.id())).isEmpty();
    }

    @Test
    void aPointAnsweredMeanwhileByAColleagueIsNamedNextToThePointsAndTheChoiceKept() {
        Advice advice = received();
        List<Point> points = advices.points(advice.id());
        responses.create(
                advice.id(),
                new ResponseInput(List.of(points.get(0).id()), Stance.ADOPTED, null, "Akkoord.", null, null));

        WebClient.Page page = staff.post(
                "/advices/" + advice.id() + "/responses",
                form(
                        "pointIds",
                        String.valueOf(points.get(0).id()),
                        "pointIds",
                        String.valueOf(points.get(1).id()),
                        "stance",
                        "ADOPTED",
                        "text",
                        "Wij nemen beide over."));

        assertThat(page.status()).isEqualTo(422);
        Document html = page.html();
        assertThat(html.selectFirst("#reactie-pointIds-fout").text())
                .contains("Punt 1 is al beantwoord in een andere reactie");
        assertThat(html.selectFirst("#kies-punt-" + points.get(1).id()).hasAttr("checked"))
                .isTrue();
        assertThat(html.selectFirst("#reactie-text").text()).isEqualTo("Wij nemen beide over.");
    }

    @Test
    void twoPeopleEditingOneResponseSeeEachOthersVersionInsteadOfOverwritingIt() {
        Advice advice = received();
        long point = advices.points(advice.id()).get(0).id();
        ResponseView response = responses.create(
                advice.id(), new ResponseInput(List.of(point), Stance.ADOPTED, null, "Eerste tekst.", null, null));
        String editPath = "/advices/" + advice.id() + "/responses/" + response.id();
        String version =
                staff.get(editPath).html().selectFirst("input[name=version]").attr("value");

        WebClient.Page colleague = otherStaff.post(
                editPath,
                form(
                        "pointIds",
                        String.valueOf(point),
                        "stance",
                        "ADOPTED",
                        "text",
                        "Tekst van de collega.",
                        "version",
                        version));
        assertThat(colleague.status()).isEqualTo(303);

        WebClient.Page mine = staff.post(
                editPath,
                form(
                        "pointIds",
                        String.valueOf(point),
                        "stance",
                        "ADOPTED",
                        "text",
                        "Mijn eigen tekst.",
                        "version",
                        version));
        assertThat(mine.status()).isEqualTo(409);
        Document html = mine.html();
        assertThat(html.selectFirst("#hun-versie-kop").text()).isEqualTo("Versie van de ander");
        assertThat(html.selectFirst("#hun-tekst").text()).isEqualTo("Tekst van de collega.");
        assertThat(html.selectFirst("#wijzig-text").text()).isEqualTo("Mijn eigen tekst.");
        assertThat(responses.get(advice.id(), response.id()).text()).isEqualTo("Tekst van de collega.");

        String newer = html.selectFirst("input[name=version]").attr("value");
        WebClient.Page again = staff.post(
                editPath,
                form(
                        "pointIds",
                        String.valueOf(point),
                        "stance",
                        "ADOPTED",
                        "text",
                        "Mijn eigen tekst.",
                        "version",
                        newer));
        assertThat(again.status()).isEqualTo(303);
        assertThat(responses.get(advice.id(), response.id()).text()).isEqualTo("Mijn eigen tekst.");
    }

    @Test
    void aFollowUpWithoutOwnerIsRefusedNextToTheOwner() {
        Advice advice = received();
        long point = advices.points(advice.id()).get(0).id();
        ResponseView response = responses.create(
                advice.id(),
                new ResponseInput(
                        List.of(point), Stance.TAKEN_INTO_ACCOUNT, null, "Wij nemen het mee.", "Later.", null));
        WebClient.Page page = staff.post(
                "/advices/" + advice.id() + "/responses/" + response.id() + "/followups",
                form("description", "Terugkoppelen aan de raad", "owner", "", "dueOn", "morgen"));
        assertThat(page.status()).isEqualTo(422);
        Document html = page.html();
        String prefix = "#toezegging-" + response.id() + "-";
        assertThat(html.selectFirst(prefix + "owner-fout").text()).contains("Wie voert het uit is verplicht");
        assertThat(html.selectFirst(prefix + "dueOn-fout").text()).contains("geen geldige datum");
        assertThat(html.selectFirst(prefix + "description").text()).isEqualTo("Terugkoppelen aan de raad");
        assertThat(html.selectFirst("details.add[open]")).isNotNull();
    }

    @Test
    void browsersGetReadableDutchErrorPagesAndApiClientsKeepTheirProblemJson() {
        WebClient.Page missing = staff.get("/advices/987654");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(missing.html().selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(missing.html().selectFirst("h1").text()).isEqualTo("Niet gevonden");
        assertThat(missing.html().selectFirst(".utrecht-alert").text()).contains("Advies 987654 bestaat niet");

        WebClient.Page noRoute = staff.get("/bestaat/niet");
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.html().selectFirst("h1").text()).isEqualTo("Pagina niet gevonden");

        WebClient.Page forbidden = member.get("/dashboard");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.html().selectFirst("h1").text()).isEqualTo("Geen toegang");

        WebClient.Page frozen = member.post(
                "/advices/" + received().id() + "/points", form("label", "9", "kind", "QUESTION", "text", "Te laat"));
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.html().selectFirst(".utrecht-alert").text()).contains("al ingediend");

        WebClient.Page json = staff.getAs("/api/advices/987654", "application/json");
        assertThat(json.status()).isEqualTo(404);
        assertThat(json.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefused() {
        WebClient.Page page = member.postRaw(
                "/advices",
                form("subject", "Zonder token", "kind", "UNSOLICITED", "receivedOn", "2025-02-03", "_csrf", "vals"));
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Formulier verlopen");
    }

    private long draftWithPoint() {
        Advice advice = advices.create(new AdviceInput(
                body,
                null,
                "Concept " + System.nanoTime(),
                AdviceKind.UNSOLICITED,
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
                AdviceStatus.DRAFT,
                List.of(new PointInput("1", "Eerste punt", PointKind.RECOMMENDATION, null, null, null)),
                null));
        return advice.id();
    }

    private Advice received() {
        return advices.create(new AdviceInput(
                body,
                null,
                "Ontvangen " + System.nanoTime(),
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
