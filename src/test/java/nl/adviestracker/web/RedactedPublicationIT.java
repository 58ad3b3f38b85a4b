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
import nl.adviestracker.letter.FinalLetters;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.Stance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Publication without names: an advice whose texts name a member of the body and give an e-mail address
 * cannot be published until staff decided on each; then the public page, the feed and the public API
 * show "[naam]" and "[e-mailadres]" instead, while the stored texts still hold both.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedactedPublicationIT {

    static final String NAME = "Petra van Dijk";
    static final String EMAIL = "petra.vandijk@example.org";
    static final String PHONE = "06-12345678";

    @Inject
    EmbeddedServer server;

    @Inject
    Scenery scenery;

    @Inject
    Users users;

    @Inject
    AdviceRegister advices;

    @Inject
    FinalLetters finalLetters;

    @Inject
    Responses responses;

    Scenery.Set data;
    Advice advice;
    WebClient staff;
    WebClient anonymous;

    @BeforeAll
    void setUp() {
        data = scenery.build("red");
        users.create(new UserInput("red-petra", NAME, EMAIL, Role.ASDG, data.body(), Scenery.PASSWORD, true, null));
        Advice created = advices.create(new AdviceInput(
                data.body(),
                null,
                "Gesprek met " + NAME + " over de Wmo",
                AdviceKind.UNSOLICITED,
                LocalDate.of(2024, 5, 1),
                null,
                null,
                "Wmo",
                "Afdeling DMO Beleid",
                null,
                null,
                null,
                "Dit advies is voorbereid door " + NAME + " en mevrouw Jansen.",
                null,
                AdviceStatus.RECEIVED,
                List.of(new PointInput(
                        "1",
                        "Vragen over dit advies kunt u stellen aan " + EMAIL + " of " + PHONE + ".",
                        PointKind.REQUEST,
                        null,
                        null,
                        null)),
                null));
        List<Point> points = advices.points(created.id());
        responses.create(
                created.id(),
                new ResponseInput(
                        List.of(points.get(0).id()),
                        Stance.NOTED,
                        null,
                        "Wij nemen contact op met " + NAME + " via " + EMAIL + ".",
                        null,
                        null));
        finalLetters.make(created.id(), "DMO-2024-9", LocalDate.of(2024, 6, 1));
        advice = advices.markAnswered(created.id());
        staff = new WebClient(server.getURL().toString()).logIn("red-beleid", Scenery.PASSWORD);
        anonymous = new WebClient(server.getURL().toString());
    }

    @Test
    void namesAndContactDetailsAreProposedDecidedAndLeftOutOfEverythingPublic() {
        long id = advice.id();
        WebClient.Page refused = staff.post("/advices/" + id + "/publication", form("publishedOn", ""));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().selectFirst("#publicatie-fouten").text())
                .contains("3 namen of contactgegevens waarover niet is besloten");

        Document review = staff.get("/advices/" + id + "/redactions").html();
        assertThat(review.select("#voorstellen tbody tr td:first-child").eachText())
                .containsExactly(EMAIL, PHONE, NAME);

        assertThat(decide(id, NAME, "NAME", "ACCEPTED").status()).isEqualTo(303);
        assertThat(decide(id, EMAIL, "EMAIL", "ACCEPTED").status()).isEqualTo(303);
        // a phone number staff let stand (say, the body's secretariat) stays as written
        assertThat(decide(id, PHONE, "PHONE", "REJECTED").status()).isEqualTo(303);
        // one the service could not know, added by hand
        assertThat(staff.post(
                                "/advices/" + id + "/redactions",
                                form("text", "mevrouw Jansen", "byHand", "true", "decision", "ACCEPTED"))
                        .status())
                .isEqualTo(303);
        WebClient.Page missing = staff.post(
                "/advices/" + id + "/redactions",
                form("text", "Kees Klaassen", "byHand", "true", "decision", "ACCEPTED"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.html().selectFirst("#weglaten-fouten").text())
                .contains("Komt niet (als los woord) voor in de openbare teksten");
        assertThat(staff.get("/advices/" + id + "/redactions").html().selectFirst("#niets-open"))
                .isNotNull();

        assertThat(staff.post("/advices/" + id + "/publication", form("publishedOn", ""))
                        .status())
                .isEqualTo(303);

        String page = anonymous.get("/public/advices/" + id).body();
        assertThat(page).doesNotContain(NAME).doesNotContain(EMAIL).doesNotContain("Jansen");
        Document publicPage = Jsoup.parse(page);
        assertThat(publicPage.selectFirst("h1").text()).isEqualTo("Gesprek met [naam] over de Wmo");
        assertThat(publicPage.select(".point p").text())
                .isEqualTo("Vragen over dit advies kunt u stellen aan [e-mailadres] of " + PHONE + ".");
        assertThat(publicPage.select("article.response p.prose").text())
                .isEqualTo("Wij nemen contact op met [naam] via [e-mailadres].");
        assertThat(publicPage.select("main").text()).contains("Dit advies is voorbereid door [naam] en [naam].");

        String feed = anonymous.getAs("/feed.atom", "application/atom+xml").body();
        assertThat(feed).doesNotContain(NAME).doesNotContain(EMAIL);
        assertThat(Jsoup.parse(feed, "", Parser.xmlParser())
                        .select("entry > title")
                        .eachText())
                .contains("Gesprek met [naam] over de Wmo");
        assertThat(anonymous.getAs("/public", "text/html").body()).doesNotContain(NAME);
        assertThat(anonymous
                        .getAs("/api/public/advices?bodyId=" + data.body(), "application/json")
                        .body())
                .doesNotContain(NAME)
                .contains("Gesprek met [naam] over de Wmo");

        // the stored originals are as written
        Advice stored = advices.get(id);
        assertThat(stored.subject()).isEqualTo("Gesprek met " + NAME + " over de Wmo");
        assertThat(stored.introduction()).contains(NAME);
        assertThat(advices.points(id).get(0).text()).contains(EMAIL);
        assertThat(responses.list(id).get(0).text()).contains(NAME).contains(EMAIL);
        assertThat(staff.get("/advices/" + id).body()).contains(NAME).contains(EMAIL);
    }

    @Test
    void anAdviceWithoutNamesIsPublishedWithoutReview() {
        assertThat(staff.get("/advices/" + data.answered().id() + "/redactions")
                        .html()
                        .selectFirst("#niets-open"))
                .isNotNull();
        assertThat(staff.post("/advices/" + data.answered().id() + "/publication", form("publishedOn", ""))
                        .status())
                .isEqualTo(303);
    }

    private WebClient.Page decide(long id, String text, String kind, String decision) {
        return staff.post("/advices/" + id + "/redactions", form("text", text, "kind", kind, "decision", decision));
    }
}
