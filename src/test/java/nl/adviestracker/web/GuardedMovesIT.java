package nl.adviestracker.web;

import static nl.adviestracker.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.DatabaseState;
import nl.adviestracker.support.LetterSteps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every guarded move refuses the same illegal move with the same reason on the API (problem+json) and on
 * the screen (the Dutch message), and stores nothing; the database refuses it too when a write skips the
 * domain. The unit tests on the types ({@code AdviceTest}, {@code AdviceRequestTest}, {@code ResponseTest})
 * hold the same reasons.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuardedMovesIT {

    static final String PASSWORD = Accounts.PASSWORD;

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Bodies bodies;

    @Inject
    Users users;

    @Inject
    DataSource dataSource;

    @Inject
    Accounts accounts;

    long body;
    Api memberApi;
    Api staffApi;
    WebClient memberScreen;
    WebClient staffScreen;

    @BeforeAll
    void setUp() {
        body = bodies.create(new BodyInput("Jongerenraad Bewegingen", "JRB", null, null, null, null, List.of(), null))
                .id();
        users.create(new UserInput("zet-lid", "Zet Lid", "zl@example.org", Role.ASDG, body, PASSWORD, true, null));
        users.create(
                new UserInput("zet-beleid", "Zet Beleid", "zb@example.org", Role.STAFF, null, PASSWORD, true, null));
        memberApi = Accounts.logIn(http, "zet-lid", PASSWORD);
        staffApi = Accounts.logIn(http, "zet-beleid", PASSWORD);
        memberScreen = new WebClient(server.getURL().toString()).logIn("zet-lid", PASSWORD);
        staffScreen = new WebClient(server.getURL().toString()).logIn("zet-beleid", PASSWORD);
    }

    // --- advice: draft → received → answered

    @Test
    void aSubmittedAdviceIsNotSubmittedAgainOnTheApi() {
        long advice = receivedAdvice("Sportaccommodaties");
        Map<String, Long> before = DatabaseState.rowCounts(dataSource);
        Object stored = memberApi.get("/api/advices/" + advice).body();

        Api.Answer again = memberApi.post("/api/advices/" + advice + "/submit", Map.of());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.at("detail")).isEqualTo(Advice.ALREADY_SUBMITTED);
        assertThat(DatabaseState.rowCounts(dataSource)).isEqualTo(before);
        assertThat(memberApi.get("/api/advices/" + advice).body()).isEqualTo(stored);
    }

    @Test
    void aSubmittedAdviceIsNotSubmittedAgainOnTheScreen() {
        long advice = receivedAdvice("Speeltuinen");
        Map<String, Long> before = DatabaseState.rowCounts(dataSource);
        Object stored = memberApi.get("/api/advices/" + advice).body();

        WebClient.Page again = memberScreen.post("/advices/" + advice + "/submit", form());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.html().text()).contains(Advice.ALREADY_SUBMITTED);
        assertThat(DatabaseState.rowCounts(dataSource)).isEqualTo(before);
        assertThat(memberApi.get("/api/advices/" + advice).body()).isEqualTo(stored);
    }

    @Test
    void theDatabaseRefusesAStatusChangeThatIsNoMove() {
        long advice = receivedAdvice("Zwembaden");
        assertThatThrownBy(() -> update("update advice set status = 'DRAFT' where id = ?", advice))
                .hasMessageContaining("advice_status_move");
        assertThatThrownBy(() -> update("update advice set status = 'ANSWERED' where id = ?", advice))
                .as("answered only with a final letter")
                .hasMessageContaining("advice_answered_with_final_letter");
        assertThat(memberApi.get("/api/advices/" + advice).at("advice.status")).isEqualTo("RECEIVED");
    }

    // --- advice request: open → answered or withdrawn

    @Test
    void anAnsweredRequestIsNotAnsweredAgainOnTheApiNorOnTheScreen() {
        long request = openRequest();
        long first = receivedAdvice("Beweegbeleid 2026");
        long second = receivedAdvice("Beweegbeleid 2026, aanvulling");
        assertThat(memberApi
                        .post("/api/requests/" + request + "/answer", Map.of("adviceId", first))
                        .status())
                .isEqualTo(200);
        Object version = staffApi.get("/api/requests/" + request).at("version");
        Map<String, Long> before = DatabaseState.rowCounts(dataSource);

        Api.Answer onApi = memberApi.post("/api/requests/" + request + "/answer", Map.of("adviceId", second));
        WebClient.Page onScreen =
                memberScreen.post("/requests/" + request + "/answer", form("adviceId", String.valueOf(second)));

        String reason = "Deze adviesaanvraag is beantwoord.";
        assertThat(onApi.status()).isEqualTo(409);
        assertThat(onApi.at("detail")).isEqualTo(reason);
        assertThat(onScreen.status()).isEqualTo(400);
        assertThat(onScreen.html().text()).contains(reason);
        assertThat(DatabaseState.rowCounts(dataSource)).isEqualTo(before);
        Api.Answer stored = staffApi.get("/api/requests/" + request);
        assertThat(stored.at("adviceId")).isEqualTo((int) first);
        assertThat(stored.at("version")).isEqualTo(version);
    }

    @Test
    void aWithdrawnRequestIsNotWithdrawnAgainAndTheDatabaseKeepsItSettled() {
        long request = openRequest();
        Object version = staffApi.get("/api/requests/" + request).at("version");
        assertThat(staffApi.post("/api/requests/" + request + "/withdraw", Map.of("version", version))
                        .status())
                .isEqualTo(200);
        Object withdrawnVersion = staffApi.get("/api/requests/" + request).at("version");
        Map<String, Long> before = DatabaseState.rowCounts(dataSource);

        Api.Answer again = staffApi.post("/api/requests/" + request + "/withdraw", Map.of("version", withdrawnVersion));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.at("detail")).isEqualTo("Alleen een open adviesaanvraag kan worden ingetrokken.");
        assertThat(DatabaseState.rowCounts(dataSource)).isEqualTo(before);
        assertThatThrownBy(() -> update("update advice_request set status = 'OPEN' where id = ?", request))
                .hasMessageContaining("advice_request_status_move");
    }

    // --- the reason rule: a departing stance is not saved without its reason

    @Test
    void aDepartureWithoutAReasonIsNotSavedOnTheApiNorOnTheScreen() {
        long advice = receivedAdvice("Sportparken");
        List<?> points = memberApi.get("/api/advices/" + advice + "/points").list();
        long point = ((Number) ((Map<?, ?>) points.get(0)).get("id")).longValue();
        Map<String, Long> before = DatabaseState.rowCounts(dataSource);
        String reason =
                "is verplicht bij het standpunt 'niet overgenomen': wie afwijkt van het advies, geeft de redenen (Awb 3:50)";

        Map<String, Object> response = new HashMap<>();
        response.put("pointIds", List.of(point));
        response.put("stance", "NOT_ADOPTED");
        response.put("text", "Wij doen dit niet.");
        response.put("reason", " ");
        Api.Answer onApi = staffApi.post("/api/advices/" + advice + "/responses", response);
        WebClient.Page onScreen = staffScreen.post(
                "/advices/" + advice + "/responses",
                form(
                        "pointIds",
                        String.valueOf(point),
                        "stance",
                        "NOT_ADOPTED",
                        "text",
                        "Wij doen dit niet.",
                        "reason",
                        " "));

        assertThat(onApi.status()).isEqualTo(400);
        assertThat((List<Object>) onApi.at("errors")).containsExactly(Map.of("field", "reason", "message", reason));
        assertThat(onScreen.status()).isEqualTo(422);
        assertThat(onScreen.html().selectFirst("#reactie-reason-fout").text()).contains(reason);
        assertThat(DatabaseState.rowCounts(dataSource)).isEqualTo(before);
        assertThatThrownBy(() -> update(
                        "insert into response (advice_id, stance, text) values (?, 'NOT_ADOPTED', 'Nee.')", advice))
                .hasMessageContaining("response_departure_has_reason");
    }

    @Test
    void aDepartureWithItsReasonIsSavedAndKeepsItWhenChanged() {
        long advice = receivedAdvice("Sportverenigingen");
        List<?> points = memberApi.get("/api/advices/" + advice + "/points").list();
        long point = ((Number) ((Map<?, ?>) points.get(0)).get("id")).longValue();
        Map<String, Object> response = new HashMap<>();
        response.put("pointIds", List.of(point));
        response.put("stance", "NOT_ADOPTED");
        response.put("text", "Wij doen dit niet.");
        response.put("reason", "Het budget is al verdeeld.");
        Api.Answer created = staffApi.post("/api/advices/" + advice + "/responses", response);
        assertThat(created.status()).isEqualTo(201);

        response.put("reason", null);
        response.put("version", created.at("version"));
        Api.Answer changed = staffApi.put("/api/advices/" + advice + "/responses/" + created.id(), response);
        assertThat(changed.status()).isEqualTo(400);
        assertThat(staffApi.get("/api/advices/" + advice + "/responses/" + created.id())
                        .at("reason"))
                .isEqualTo("Het budget is al verdeeld.");
    }

    // --- follow-up: its status moves only through POST .../transitions, with reason or evidence

    @Test
    @SuppressWarnings("unchecked")
    void aFollowUpIsNotDoneOrDroppedThroughItsDetailsOnTheApiNorOnTheScreen() {
        long advice = receivedAdvice("Buurtsportcoaches");
        long response = staffApi.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of("pointIds", List.of(firstPoint(advice)), "stance", "ADOPTED", "text", "Ja."))
                .id();
        Api.Answer followUp = staffApi.post(
                "/api/followups", Map.of("responseId", response, "description", "Coaches werven", "owner", "DMO"));
        Map<String, Long> before = DatabaseState.rowCounts(dataSource);
        Object stored = staffApi.get("/api/followups/" + followUp.id()).body();

        for (String to : List.of("DONE", "DROPPED")) {
            Api.Answer onApi = staffApi.put(
                    "/api/followups/" + followUp.id(),
                    Map.of(
                            "responseId",
                            response,
                            "description",
                            "Coaches werven",
                            "owner",
                            "DMO",
                            "status",
                            to,
                            "version",
                            followUp.at("version")));
            assertThat(onApi.status()).as(to).isEqualTo(400);
            assertThat(onApi.contentType()).startsWith("application/problem+json");
            assertThat(((Map<String, Object>) ((List<Object>) onApi.at("errors")).get(0)).get("field"))
                    .isEqualTo("status");
        }
        // the screen's status list is the transition: done without evidence, dropped without a reason refused
        for (String to : List.of("DONE", "DROPPED")) {
            WebClient.Page onScreen = staffScreen.post(
                    "/followups/" + followUp.id(),
                    form(
                            "description", "Coaches werven",
                            "owner", "DMO",
                            "dueOn", "",
                            "status", to,
                            "reason", "",
                            "version", String.valueOf(followUp.at("version"))));
            assertThat(onScreen.status()).as(to).isEqualTo(422);
        }
        assertThat(DatabaseState.rowCounts(dataSource)).isEqualTo(before);
        assertThat(staffApi.get("/api/followups/" + followUp.id()).body()).isEqualTo(stored);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFollowUpIsNotDoneWithoutEvidenceOnTheApiNorOnTheScreenNorInTheDatabase() {
        long advice = receivedAdvice("Sportstimulering");
        long response = staffApi.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of("pointIds", List.of(firstPoint(advice)), "stance", "ADOPTED", "text", "Ja."))
                .id();
        Api.Answer followUp = staffApi.post(
                "/api/followups", Map.of("responseId", response, "description", "Regeling maken", "owner", "DMO"));
        Map<String, Long> before = DatabaseState.rowCounts(dataSource);
        Object stored = staffApi.get("/api/followups/" + followUp.id()).body();
        // the same reason as FollowUpTest.doneNeedsEvidence, on the type itself
        String reason = "is verplicht om af te ronden: een besluit, document of link dat laat zien dat het is gedaan";

        Api.Answer onApi = staffApi.post(
                "/api/followups/" + followUp.id() + "/transitions",
                Map.of("to", "DONE", "version", followUp.at("version")));
        WebClient.Page onScreen = staffScreen.post(
                "/followups/" + followUp.id(),
                form(
                        "description", "Regeling maken",
                        "owner", "DMO",
                        "dueOn", "",
                        "status", "DONE",
                        "reason", "",
                        "version", String.valueOf(followUp.at("version"))));

        assertThat(onApi.status()).isEqualTo(400);
        assertThat(onApi.contentType()).startsWith("application/problem+json");
        assertThat((List<Object>) onApi.at("errors")).containsExactly(Map.of("field", "evidence", "message", reason));
        assertThat(onScreen.status()).isEqualTo(422);
        assertThat(onScreen.html().text()).contains(reason);
        assertThat(DatabaseState.rowCounts(dataSource)).isEqualTo(before);
        assertThat(staffApi.get("/api/followups/" + followUp.id()).body()).isEqualTo(stored);
        assertThatThrownBy(() -> update("update followup set status = 'DONE' where id = ?", followUp.id()))
                .hasMessageContaining("followup_done_with_evidence");
        assertThat(staffApi.post(
                                "/api/followups/" + followUp.id() + "/transitions",
                                Map.of(
                                        "to",
                                        "DROPPED",
                                        "reason",
                                        "Regeling vervalt",
                                        "version",
                                        followUp.at("version")))
                        .status())
                .isEqualTo(201);
        assertThatThrownBy(() -> update("update followup set status = 'OPEN' where id = ?", followUp.id()))
                .as("dropped is final")
                .hasMessageContaining("followup_status_move");
    }

    // --- letter route: draft → checked → final → (decided) → sent

    @Test
    void aDraftLetterIsNotSentOnTheApiNorOnTheScreen() {
        long advice = receivedAdvice("Sportkantines");
        staffApi.post(
                "/api/advices/" + advice + "/responses",
                Map.of("pointIds", List.of(firstPoint(advice)), "stance", "ADOPTED", "text", "Ja."));
        String letter = "/api/advices/" + advice + "/letter";
        Object route = staffApi.get(letter + "/route").body();
        Map<String, Long> before = DatabaseState.rowCounts(dataSource);
        // the reason LetterRouteTest.aDraftOrCheckedLetterIsNeverSent holds on the type itself
        String reason = "alleen een definitieve brief kan worden verzonden";

        Api.Answer onApi = staffApi.post(letter + "/sending", Map.of("sentOn", "2025-05-01", "means", "EMAIL"));
        WebClient.Page onScreen = staffScreen.post(
                "/advices/" + advice + "/letter/sending", form("sentOn", "2025-05-01", "means", "EMAIL"));

        assertThat(onApi.status()).isEqualTo(409);
        assertThat(onApi.contentType()).startsWith("application/problem+json");
        assertThat((String) onApi.at("detail")).contains(reason);
        assertThat(onScreen.status()).isEqualTo(409);
        assertThat(onScreen.html().text()).contains(reason);
        assertThat(DatabaseState.rowCounts(dataSource)).isEqualTo(before);
        assertThat(staffApi.get(letter + "/route").body()).isEqualTo(route);
        assertThat(staffApi.get("/api/advices/" + advice).at("advice.status")).isEqualTo("RECEIVED");
    }

    // --- response: nothing changes once the letter is final (and so once it is sent)

    @Test
    void aResponseOfASentLetterIsNotChangedOnTheApiNorOnTheScreen() {
        long advice = receivedAdvice("Zwemles voor iedereen");
        long point = firstPoint(advice);
        Api.Answer response = staffApi.post(
                "/api/advices/" + advice + "/responses",
                Map.of("pointIds", List.of(point), "stance", "ADOPTED", "text", "Wij regelen zwemles."));
        LetterSteps.sendFinal(accounts, http, accounts.manager(http), advice, "ZW-" + advice, "2025-05-01");
        Map<String, Long> before = DatabaseState.rowCounts(dataSource);
        Object stored = staffApi.get("/api/advices/" + advice + "/responses/" + response.id())
                .body();

        Api.Answer onApi = staffApi.put(
                "/api/advices/" + advice + "/responses/" + response.id(),
                Map.of(
                        "pointIds",
                        List.of(point),
                        "stance",
                        "ADOPTED",
                        "text",
                        "Toch anders.",
                        "version",
                        response.at("version")));
        WebClient.Page onScreen = staffScreen.post(
                "/advices/" + advice + "/responses/" + response.id(),
                form(
                        "pointIds", String.valueOf(point),
                        "stance", "ADOPTED",
                        "paraphrase", "",
                        "text", "Toch anders.",
                        "reason", "",
                        "version", String.valueOf(response.at("version"))));

        assertThat(onApi.status()).isEqualTo(409);
        assertThat(onApi.contentType()).startsWith("application/problem+json");
        assertThat(onApi.at("detail")).isEqualTo(Advice.LETTER_IS_FINAL);
        assertThat(onScreen.status()).isEqualTo(409);
        assertThat(onScreen.html().text()).contains(Advice.LETTER_IS_FINAL);
        assertThat(DatabaseState.rowCounts(dataSource)).isEqualTo(before);
        assertThat(staffApi.get("/api/advices/" + advice + "/responses/" + response.id())
                        .body())
                .isEqualTo(stored);
    }

    @Test
    void aResponseOfASentLetterIsNotDeletedOnTheApiNorOnTheScreen() {
        long advice = receivedAdvice("Zwembadtarieven");
        long point = firstPoint(advice);
        Api.Answer response = staffApi.post(
                "/api/advices/" + advice + "/responses",
                Map.of("pointIds", List.of(point), "stance", "ADOPTED", "text", "Wij verlagen de tarieven."));
        LetterSteps.sendFinal(accounts, http, accounts.manager(http), advice, "ZT-" + advice, "2025-05-03");
        Map<String, Long> before = DatabaseState.rowCounts(dataSource);
        Object stored = staffApi.get("/api/advices/" + advice + "/responses/" + response.id())
                .body();

        Api.Answer onApi = staffApi.delete("/api/advices/" + advice + "/responses/" + response.id());
        WebClient.Page onScreen =
                staffScreen.post("/advices/" + advice + "/responses/" + response.id() + "/delete", form());

        assertThat(onApi.status()).as("a DELETE needs no CSRF token: %s", onApi).isEqualTo(409);
        assertThat(onApi.contentType()).startsWith("application/problem+json");
        assertThat(onApi.at("detail")).isEqualTo(Advice.LETTER_IS_FINAL);
        assertThat(onScreen.status()).isEqualTo(409);
        assertThat(onScreen.html().text()).contains(Advice.LETTER_IS_FINAL);
        assertThat(DatabaseState.rowCounts(dataSource)).isEqualTo(before);
        assertThat(staffApi.get("/api/advices/" + advice + "/responses/" + response.id())
                        .body())
                .isEqualTo(stored);
    }

    @Test
    void aPlainTextBodySentWithTheSessionCookieStillNeedsTheCsrfToken() {
        Map<String, Long> before = DatabaseState.rowCounts(dataSource);

        Api.Answer withoutToken = memberApi.unchecked(
                HttpRequest.POST("/api/intake", "1. Maak sport betaalbaar.").contentType(MediaType.TEXT_PLAIN_TYPE));

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.at("title")).isEqualTo("Geen CSRF-token");
        assertThat(DatabaseState.rowCounts(dataSource)).isEqualTo(before);
    }

    // --- the API answers problem+json on every error path, whatever the client accepts

    @Test
    void apiErrorsAreProblemJsonToAClientThatAcceptsAnything() {
        long advice = receivedAdvice("Sportpas");
        long point = firstPoint(advice);
        Api.Answer response = staffApi.post(
                "/api/advices/" + advice + "/responses",
                Map.of("pointIds", List.of(point), "stance", "ADOPTED", "text", "Ja."));
        LetterSteps.sendFinal(accounts, http, accounts.manager(http), advice, "SP-" + advice, "2025-05-02");

        List<Api.Answer> answers = List.of(
                // a number where a text belongs
                staffApi.unchecked(HttpRequest.PUT("/api/advices/" + advice + "/letter", Map.of("opening", 5))
                        .accept("*/*")),
                // a NUL byte in a text
                staffApi.unchecked(HttpRequest.POST(
                                "/api/advices/" + advice + "/responses",
                                Map.of("pointIds", List.of(point), "stance", "ADOPTED", "text", "Ja\u0000."))
                        .accept("*/*")),
                // a conflict: the letter was sent
                staffApi.unchecked(HttpRequest.PUT(
                                "/api/advices/" + advice + "/responses/" + response.id(),
                                Map.of(
                                        "pointIds",
                                        List.of(point),
                                        "stance",
                                        "ADOPTED",
                                        "text",
                                        "Anders.",
                                        "version",
                                        response.at("version")))
                        .accept("*/*")),
                // not found
                staffApi.unchecked(HttpRequest.GET("/api/advices/999999").accept("*/*")));

        assertThat(answers).extracting(Api.Answer::status).containsExactly(400, 400, 409, 404);
        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json"));
    }

    private long firstPoint(long advice) {
        List<?> points = memberApi.get("/api/advices/" + advice + "/points").list();
        return ((Number) ((Map<?, ?>) points.get(0)).get("id")).longValue();
    }

    private long receivedAdvice(String subject) {
        Map<String, Object> advice = new HashMap<>();
        advice.put("bodyId", body);
        advice.put("subject", subject);
        advice.put("kind", "SOLICITED");
        advice.put("receivedOn", "2025-04-10");
        advice.put("status", "DRAFT");
        advice.put("points", List.of(Map.of("label", "1", "text", "Maak sport betaalbaar.", "kind", "RECOMMENDATION")));
        long id = memberApi.post("/api/advices", advice).id();
        assertThat(memberApi.post("/api/advices/" + id + "/submit", Map.of()).status())
                .isEqualTo(200);
        return id;
    }

    private long openRequest() {
        return staffApi.post(
                        "/api/requests",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Beweegbeleid 2026",
                                "question",
                                "Wat vindt u van het concept?",
                                "requestedOn",
                                "2025-03-01",
                                "neededBy",
                                "2025-04-14"))
                .id();
    }

    /** A write that skips the domain, as a script against the database would. */
    private void update(String sql, long id) throws SQLException {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            int rows = statement.executeUpdate();
            assertThat(rows).as("the row is visible to this connection").isEqualTo(1);
        }
    }
}
