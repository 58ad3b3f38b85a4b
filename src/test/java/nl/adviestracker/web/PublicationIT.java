package nl.adviestracker.web;

import static nl.adviestracker.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Nothing is public until staff publish an answered advice; then it is on {@code /public}, on its own
 * page and in the Atom feed, until they withdraw it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationIT {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Scenery scenery;

    Scenery.Set data;
    WebClient staff;
    WebClient anonymous;

    @BeforeAll
    void setUp() {
        data = scenery.build("pub");
        staff = new WebClient(server.getURL().toString()).logIn("pub-beleid", Scenery.PASSWORD);
        anonymous = new WebClient(server.getURL().toString());
    }

    @Test
    void anAnsweredAdviceIsPublicFromItsPublicationUntilItIsWithdrawn() {
        long id = data.answered().id();
        assertThat(anonymous.get("/public").html().select(".public-list a")).isEmpty();
        assertThat(anonymous.get("/public/advices/" + id).status()).isEqualTo(404);

        WebClient.Page published = staff.post("/advices/" + id + "/publication", form("publishedOn", ""));
        assertThat(published.status()).isEqualTo(303);
        assertThat(staff.get("/advices/" + id)
                        .html()
                        .selectFirst("#openbaarmaking")
                        .text())
                .contains("Openbaar sinds");

        Document list = anonymous.get("/public").html();
        assertThat(list.select(".public-list a").eachText()).containsExactly("Minimaregelingen 2025");
        Document page = anonymous.get("/public/advices/" + id).html();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Minimaregelingen 2025");
        assertThat(page.select("article.response h3").eachText()).containsExactly("Reactie op punten 1 t/m 3");

        WebClient.Page feed = anonymous.getAs("/feed.atom", "application/atom+xml");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("application/atom+xml");
        Document atom = Jsoup.parse(feed.body(), "", Parser.xmlParser());
        assertThat(atom.select("feed > entry > title").eachText()).containsExactly("Minimaregelingen 2025");
        // the feed is the default organisation's, and its links stay with it (issue 14)
        assertThat(atom.selectFirst("feed > entry > link").attr("href"))
                .endsWith("/public/advices/" + id + "?organisatie=groningen");
        assertThat(atom.selectFirst("feed > entry > updated").text())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        WebClient.Page withdrawn = staff.post("/advices/" + id + "/publication/withdraw", form());
        assertThat(withdrawn.status()).isEqualTo(303);
        assertThat(anonymous.get("/public/advices/" + id).status()).isEqualTo(404);
        assertThat(Jsoup.parse(
                                anonymous
                                        .getAs("/feed.atom", "application/atom+xml")
                                        .body(),
                                "",
                                Parser.xmlParser())
                        .select("entry"))
                .isEmpty();
    }

    @Test
    void onlyAnAnsweredAdviceCanBePublishedAndOnlyByStaff() {
        long received = data.received().id();
        WebClient.Page refused = staff.post("/advices/" + received + "/publication", form("publishedOn", ""));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().selectFirst("#publicatie-fouten").text()).contains("Alleen een beantwoord advies");

        Api member = Accounts.logIn(http, "pub-lid", Scenery.PASSWORD);
        assertThat(member.post("/api/advices/" + data.answered().id() + "/publication", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(new Api(http)
                        .post("/api/advices/" + data.answered().id() + "/publication", Map.of())
                        .status())
                .isEqualTo(401);
        assertThat(new Api(http).get("/api/public/advices").status()).isEqualTo(200);
    }

    @Test
    void theApiPublishesAndWithdraws() {
        Api api = Accounts.logIn(http, "pub-beleid", Scenery.PASSWORD);
        Scenery.Set other = scenery.build("pub2");
        long id = other.answered().id();
        Api.Answer created = api.post("/api/advices/" + id + "/publication", Map.of("publishedOn", "2025-01-15"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.at("publishedOn")).isEqualTo("2025-01-15");
        assertThat(api.post("/api/advices/" + id + "/publication", Map.of()).status())
                .isEqualTo(409);
        assertThat((List<?>) new Api(http)
                        .get("/api/public/advices?bodyId=" + other.body())
                        .at("items"))
                .hasSize(1);
        Api.Answer withdrawn =
                api.exchange(io.micronaut.http.HttpRequest.DELETE("/api/advices/" + id + "/publication", Map.of())
                        .contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.at("withdrawnBy")).isEqualTo("pub-beleid");
        assertThat((List<?>) new Api(http)
                        .get("/api/public/advices?bodyId=" + other.body())
                        .at("items"))
                .isEmpty();
        assertThat(api.get("/api/advices/" + id + "/publication").status()).isEqualTo(404);
    }
}
