package nl.adviestracker.web;

import static nl.adviestracker.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.LetterSteps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A control character in a text (Word's manual line break U+000B, pasted along) never breaks a letter
 * or the feed: on the way in, through the API and through the screens, VT becomes a line break and
 * the other C0 controls are refused naming the field; on the way out every renderer leaves out what XML
 * cannot carry, for texts stored before the rule.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredTextIT {

    static final String VT = "\u000B";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Scenery scenery;

    @Inject
    DataSource dataSource;

    @Inject
    Accounts accounts;

    Scenery.Set data;
    Api member;
    Api staff;
    Api manager;

    @BeforeAll
    void setUp() {
        data = scenery.build("tekst");
        member = Accounts.logIn(http, "tekst-lid", Scenery.PASSWORD);
        staff = Accounts.logIn(http, "tekst-beleid", Scenery.PASSWORD);
        manager = Accounts.logIn(http, "tekst-manager", Scenery.PASSWORD);
    }

    @Test
    void aVerticalTabThroughTheApiIsStoredAsALineBreakAndEveryLetterAndTheFeedWork() throws Exception {
        Api.Answer created = member.post(
                "/api/advices",
                Map.of(
                        "bodyId",
                        data.body(),
                        "subject",
                        "Armoede" + VT + "aanpak",
                        "kind",
                        "UNSOLICITED",
                        "receivedOn",
                        "2024-09-01",
                        "points",
                        List.of(Map.of("label", "1", "text", "Eerste" + VT + "regel", "kind", "REQUEST"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long advice = created.id();
        assertThat(staff.get("/api/advices/" + advice).at("advice.subject")).isEqualTo("Armoede\naanpak");
        assertThat(staff.get("/api/advices/" + advice).at("points.0.text")).isEqualTo("Eerste\nregel");
        long point = ((Number) staff.get("/api/advices/" + advice).at("points.0.id")).longValue();

        Api.Answer response = staff.post(
                "/api/advices/" + advice + "/responses",
                Map.of(
                        "pointIds", List.of(point),
                        "stance", "NOT_ADOPTED",
                        "paraphrase", "U" + VT + "vraagt",
                        "text", "Wij" + VT + "antwoorden",
                        "reason", "Omdat\r\nhet" + VT + "niet kan\rnu"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.at("reason")).isEqualTo("Omdat\nhet\nniet kan\nnu");
        Api.Answer followUp = staff.post(
                "/api/followups",
                Map.of("responseId", response.id(), "description", "Terug" + VT + "koppelen", "owner", "DMO"));
        assertThat(followUp.status()).as(followUp.toString()).isEqualTo(201);
        assertThat(followUp.at("description")).isEqualTo("Terug\nkoppelen");

        assertThat(staff.download("/api/advices/" + advice + "/letter.pdf").status())
                .isEqualTo(200);
        assertThat(staff.post("/api/advices/" + advice + "/letter/versions", Map.of())
                        .status())
                .isEqualTo(201);
        assertThat(staff.get("/api/advices/" + advice + "/letter/versions").status())
                .isEqualTo(200);
        Api.Answer finalized = LetterSteps.checkAndFinalize(accounts, http, manager, advice, "DMO-1", "2024-10-01");
        assertThat(finalized.status()).as(finalized.toString()).isEqualTo(201);
        Object version = followUp.at("version");
        for (String to : List.of("IN_PROGRESS", "DROPPED")) {
            Api.Answer moved = staff.post(
                    "/api/followups/" + followUp.id() + "/transitions",
                    Map.of("to", to, "reason", "Stap" + VT + "gezet", "version", version));
            assertThat(moved.status()).as(moved.toString()).isLessThan(300);
            version = moved.at("version");
        }
        assertThat(staff.download("/api/followups/" + followUp.id() + "/letter-preview.pdf")
                        .status())
                .isEqualTo(200);
        Api.Answer sent =
                staff.post("/api/followups/" + followUp.id() + "/letter", Map.of("text", "Het is" + VT + "gedaan."));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(staff.download("/api/followups/" + followUp.id() + "/letter.pdf")
                        .status())
                .isEqualTo(200);
        LetterSteps.decideAndSend(manager, advice, "2024-10-02");
        assertThat(staff.post("/api/advices/" + advice + "/publication", Map.of())
                        .status())
                .isEqualTo(201);
        assertFeedIsXml();
    }

    @Test
    void anotherControlCharacterIsRefusedNamingTheField() {
        long point = ((Number) staff.get("/api/advices/" + data.received().id()).at("points.2.id")).longValue();
        Api.Answer refused = staff.post(
                "/api/advices/" + data.received().id() + "/responses",
                Map.of("pointIds", List.of(point), "stance", "NOT_ADOPTED", "text", "Nee.", "reason", "Om\u0001dat"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.at("errors.0.field")).isEqualTo("reason");
        assertThat((String) refused.at("errors.0.message")).contains("U+0001");

        Api.Answer nested = member.post(
                "/api/advices",
                Map.of(
                        "bodyId", data.body(),
                        "subject", "Onderwerp",
                        "kind", "UNSOLICITED",
                        "receivedOn", "2024-09-01",
                        "points", List.of(Map.of("label", "1", "text", "Een\uFFFFpunt", "kind", "REQUEST"))));
        assertThat(nested.status()).isEqualTo(400);
        assertThat((String) nested.at("errors.0.field")).endsWith("text");
    }

    @Test
    void theScreensStoreAVerticalTabAsALineBreakAndRefuseOtherControlsInDutch() {
        WebClient web = new WebClient(server.getURL().toString()).logIn("tekst-lid", Scenery.PASSWORD);
        long draft = data.draft().id();
        WebClient.Page added = web.post(
                "/advices/" + draft + "/points",
                form("label", "8", "text", "Regel een" + VT + "regel twee", "kind", "RECOMMENDATION"));
        assertThat(added.status()).as(added.body()).isEqualTo(303);
        List<Object> points = member.get("/api/advices/" + draft + "/points").list();
        assertThat(points)
                .anySatisfy(p -> assertThat(((Map<?, ?>) p).get("text")).isEqualTo("Regel een\nregel twee"));

        WebClient.Page refused = web.post(
                "/advices/" + draft + "/points", form("label", "9", "text", "Regel\u0002", "kind", "RECOMMENDATION"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().text()).contains("onzichtbaar stuurteken");
    }

    /** Rows stored before the rule: the renderers still make their letters, exports and feed. */
    @Test
    void aControlCharacterAlreadyStoredDoesNotBreakAnyRenderer() throws Exception {
        long advice = data.answered().id();
        try (Connection db = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement update = db.prepareStatement("update response set text = ? where advice_id = ?")) {
            update.setString(1, "Oud" + VT + "en\u0001fout\uFFFE");
            update.setLong(2, advice);
            update.executeUpdate();
        }
        assertThat(staff.download("/api/advices/" + advice + "/letter.pdf").status())
                .isEqualTo(200);
        assertThat(staff.download("/api/advices/" + advice + "/letter.docx").status())
                .isEqualTo(200);
        assertThat(staff.download("/api/advices/" + advice + "/letter.html").text())
                .contains("Oud")
                .doesNotContain("\u0001");
        assertThat(staff.post("/api/advices/" + advice + "/publication", Map.of())
                        .status())
                .isEqualTo(201);
        assertFeedIsXml();
    }

    private void assertFeedIsXml() throws Exception {
        WebClient.Page feed = new WebClient(server.getURL().toString()).getAs("/feed.atom", "application/atom+xml");
        assertThat(feed.status()).isEqualTo(200);
        var document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getLocalName()).isIn("feed", null);
        assertThat(document.getDocumentElement().getTagName()).endsWith("feed");
    }
}
