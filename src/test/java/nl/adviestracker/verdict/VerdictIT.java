package nl.adviestracker.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import nl.adviestracker.publication.Publications;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.Stance;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.LetterSteps;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The body's verdict on each answer: given by a member of that body, only once the letter was sent, never
 * by staff; revised with the history kept; counted in the shares; public only when the body chooses.
 */
@MicronautTest(transactional = false)
class VerdictIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    Bodies bodies;

    @Inject
    AdviceRegister advices;

    @Inject
    Responses responses;

    @Inject
    Publications publications;

    static long counter = System.nanoTime() % 1_000_000;

    long body;
    long otherBody;
    Advice advice;
    ResponseView first;
    ResponseView second;
    Api member;
    Api staff;

    @BeforeEach
    void setUp() {
        long unique = ++counter;
        body = bodies.create(new BodyInput("Oordeelraad " + unique, "OR" + unique, null, null, null, null, null, null))
                .id();
        otherBody = bodies.create(new BodyInput(
                        "Andere oordeelraad " + unique, "AO" + unique, null, null, null, null, null, null))
                .id();
        advice = advices.create(new AdviceInput(
                body,
                null,
                "Schuldhulp " + unique,
                AdviceKind.UNSOLICITED,
                LocalDate.of(2024, 3, 1),
                null,
                null,
                "Armoede",
                "DMO Beleid",
                null,
                null,
                null,
                null,
                null,
                AdviceStatus.RECEIVED,
                List.of(
                        new PointInput(
                                "1", "Maak de regeling eenvoudiger.", PointKind.RECOMMENDATION, null, null, null),
                        new PointInput("2", "Verleng de termijn.", PointKind.RECOMMENDATION, null, null, null)),
                null));
        List<Point> points = advices.points(advice.id());
        first = responses.create(
                advice.id(),
                new ResponseInput(List.of(points.get(0).id()), Stance.ADOPTED, null, "Wij doen dit.", null, null));
        second = responses.create(
                advice.id(),
                new ResponseInput(List.of(points.get(1).id()), Stance.NOT_ADOPTED, null, "Nee.", "Te duur.", null));
        member = accounts.member(http, body);
        staff = accounts.staff(http);
    }

    private String verdicts(ResponseView response) {
        return "/api/advices/" + advice.id() + "/responses/" + response.id() + "/verdicts";
    }

    private static Map<String, Object> verdict(String judgement, String explanation, Long replaces) {
        Map<String, Object> body = new HashMap<>();
        body.put("judgement", judgement);
        body.put("explanation", explanation);
        body.put("conversationWanted", false);
        if (replaces != null) {
            body.put("replaces", replaces);
        }
        return body;
    }

    @Test
    void aVerdictWaitsUntilTheLetterIsSent() {
        Api.Answer early = member.post(verdicts(first), verdict("SATISFIED", "Goed.", null));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail")).isEqualTo(Verdicts.NOT_YET_SENT);
        assertThat(member.get("/api/advices/" + advice.id() + "/verdicts").status())
                .isEqualTo(403);
        assertThat(member.get("/advices/" + advice.id()).status()).isEqualTo(200);
    }

    @Test
    void onlyAMemberOfTheBodyGivesItAndStaffCanNeverChangeIt() {
        sent(advice.id());
        Api.Answer given = member.post(verdicts(first), verdict("PARTLY", "Deels: de termijn ontbreekt.", null));
        assertThat(given.status()).isEqualTo(201);
        long id = given.id();

        Api.Answer byStaff = staff.post(verdicts(first), verdict("SATISFIED", "Alles goed.", id));
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(byStaff.json().get("detail")).isEqualTo(Verdicts.ONLY_MEMBERS);
        assertThat(accounts.manager(http)
                        .post(verdicts(first), verdict("SATISFIED", "Alles goed.", id))
                        .status())
                .isEqualTo(403);
        Api otherMember = accounts.member(http, otherBody);
        assertThat(otherMember
                        .post(verdicts(first), verdict("SATISFIED", "Alles goed.", id))
                        .status())
                .as("another body's member does not see the advice at all")
                .isEqualTo(404);

        Api.Answer read = staff.get("/api/advices/" + advice.id() + "/verdicts");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.at("0.current.judgement")).isEqualTo("PARTLY");
        assertThat(read.at("0.current.explanation")).isEqualTo("Deels: de termijn ontbreekt.");
        assertThat(read.at("1.current")).isNull();

        // staff see it on the advice page, with no form to change it
        String staffPage =
                staff.get("/advices/" + advice.id()).status() == 200 ? pageAs(staff, "/advices/" + advice.id()) : "";
        assertThat(Jsoup.parse(staffPage).select("#oordeel-adviesraad").text()).contains("deels tevreden");
        String verdictPage = pageAs(staff, "/advices/" + advice.id() + "/verdicts");
        assertThat(Jsoup.parse(verdictPage).select("form[action$=/verdict]")).isEmpty();
        assertThat(Jsoup.parse(verdictPage).select("#oordeel-" + first.id()).text())
                .contains("deels tevreden");
    }

    @Test
    void aMemberRevisesTheVerdictAndTheHistoryKeepsEachOne() {
        sent(advice.id());
        long firstVerdict = member.post(verdicts(first), verdict("NOT_SATISFIED", "Te vaag.", null))
                .id();
        Api.Answer unseen = member.post(verdicts(first), verdict("SATISFIED", "Toch goed.", null));
        assertThat(unseen.status())
                .as("a revision names the verdict it replaces")
                .isEqualTo(409);

        Api colleague = accounts.member(http, body);
        Api.Answer revised =
                colleague.post(verdicts(first), verdict("SATISFIED", "Na het gesprek: goed.", firstVerdict));
        assertThat(revised.status()).isEqualTo(201);
        Api.Answer stale = member.post(verdicts(first), verdict("PARTLY", "Deels.", firstVerdict));
        assertThat(stale.status())
                .as("a revision of a verdict that is no longer current")
                .isEqualTo(409);
        assertThat(stale.at("current.explanation")).isEqualTo("Na het gesprek: goed.");

        Api.Answer read = member.get("/api/advices/" + advice.id() + "/verdicts");
        assertThat(read.at("0.current.judgement")).isEqualTo("SATISFIED");
        assertThat((List<?>) read.at("0.history")).hasSize(2);
        assertThat(read.at("0.history.0.explanation")).isEqualTo("Te vaag.");
    }

    @Test
    void badInputNamesTheField() {
        sent(advice.id());
        Api.Answer blank = member.post(verdicts(first), verdict("SATISFIED", "  ", null));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.toString()).contains("explanation");
        Api.Answer unknown = member.post(verdicts(first), verdict("BLIJ", "Ja.", null));
        assertThat(unknown.status()).isEqualTo(400);
        Api.Answer wrongResponse = member.post(
                "/api/advices/" + advice.id() + "/responses/999999999/verdicts", verdict("SATISFIED", "Ja.", null));
        assertThat(wrongResponse.status()).isEqualTo(404);
    }

    @Test
    void theSharesCountTheCurrentVerdictPerResponse() {
        sent(advice.id());
        long v = member.post(verdicts(first), verdict("NOT_SATISFIED", "Nee.", null))
                .id();
        member.post(verdicts(first), verdict("SATISFIED", "Toch wel.", v));
        Map<String, Object> conversation = verdict("NOT_SATISFIED", "Graag een gesprek.", null);
        conversation.put("conversationWanted", true);
        member.post(verdicts(second), conversation);

        Api.Answer shares = staff.get("/api/reports/verdicts?groupBy=department&year=2024");
        assertThat(shares.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) shares.at("rows"))
                .stream()
                        .filter(r -> "DMO Beleid".equals(r.get("group")))
                        .findFirst()
                        .orElseThrow();
        assertThat(((Number) row.get("verdicts")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(member.get("/api/reports/verdicts").status()).isEqualTo(403);
        assertThat(staff.get("/api/reports/verdicts?groupBy=kleur").status()).isEqualTo(400);
        String page = pageAs(staff, "/reports/verdicts?groupBy=YEAR&jaar=2024");
        assertThat(Jsoup.parse(page).select("#oordelen-tabel tbody th").eachText())
                .contains("2024");
    }

    @Test
    void thePublicSeesVerdictsOnlyWhenTheBodyChooses() {
        sent(advice.id());
        member.post(verdicts(first), verdict("SATISFIED", "Openbaar goed.", null));
        publications.publish(advice.id(), null);
        Api anonymous = new Api(http);
        String before = pageAs(anonymous, "/public/advices/" + advice.id());
        assertThat(before).doesNotContain("Openbaar goed.");

        assertThat(staff.put("/api/bodies/" + body + "/verdict-visibility", Map.of("verdictsPublic", true))
                        .status())
                .isEqualTo(403);
        Api.Answer chosen = member.put("/api/bodies/" + body + "/verdict-visibility", Map.of("verdictsPublic", true));
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(staff.get("/api/bodies/" + body + "/verdict-visibility").at("verdictsPublic"))
                .isEqualTo(true);
        String after = pageAs(anonymous, "/public/advices/" + advice.id());
        assertThat(Jsoup.parse(after).select(".public-verdict").text()).contains("tevreden", "Openbaar goed.");
    }

    private String pageAs(Api api, String path) {
        var request = io.micronaut.http.HttpRequest.GET(path).accept("text/html");
        if (api.session() != null) {
            request.cookie(io.micronaut.http.cookie.Cookie.of("adviestracker_session", api.session()));
        }
        return http.toBlocking().retrieve(request);
    }

    /** The letter through its whole route: checked, final, decided and sent, so the advice is answered. */
    private void sent(long advice) {
        LetterSteps.sendFinal(accounts, http, accounts.manager(http), advice, "K-" + advice, "2024-03-12");
    }
}
