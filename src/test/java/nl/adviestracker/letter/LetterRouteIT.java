package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.DatabaseState;
import nl.adviestracker.support.LetterSteps;
import nl.adviestracker.support.OnePointAdvice;
import org.junit.jupiter.api.Test;

/**
 * The letter's route over the API: the writer does not check their own letter, a step out of order is
 * refused with the reason as problem+json and stores nothing, the organisation's settings change the
 * route, and the database allows only the route's moves.
 */
@MicronautTest(transactional = false)
class LetterRouteIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    private long answeredAdvice(Api staff) {
        return OnePointAdvice.answeredBy(accounts, http, staff, "Mantelzorg").advice();
    }

    @Test
    void theWriterDoesNotCheckAndStepsOutOfOrderAreRefusedWithTheirReason() {
        Api writer = accounts.staff(http);
        long advice = answeredAdvice(writer);
        String letter = "/api/advices/" + advice + "/letter";

        Api.Answer own = writer.post(letter + "/check", Map.of());
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat((String) own.at("detail")).contains("U schreef mee aan deze brief");

        Api.Answer early = writer.post(letter + "/sending", Map.of("sentOn", "2024-10-01", "means", "EMAIL"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat((String) early.at("detail"))
                .contains("De brief kan niet naar 'verzonden'")
                .contains("alleen een definitieve brief kan worden verzonden");
        Api.Answer noComment = accounts.staff(http).post(letter + "/send-back", Map.of("comment", " "));
        assertThat(noComment.status()).isEqualTo(409);
        assertThat(writer.get(letter + "/route").at("route.station")).isEqualTo("DRAFT");
        assertThat((List<?>) writer.get(letter + "/route").at("steps")).isEmpty();

        Api checker = accounts.staff(http);
        Api.Answer unreviewed = checker.post(letter + "/check", Map.of());
        assertThat(unreviewed.status()).isEqualTo(409);
        assertThat(unreviewed.contentType()).startsWith("application/problem+json");
        assertThat((String) unreviewed.at("detail"))
                .isEqualTo("De brief kan niet naar 'gecontroleerd': eerst worden alle reacties beoordeeld en"
                        + " goedgekeurd; nog niet goedgekeurd: de reactie op punt 1 (concept).");
        LetterSteps.approveResponses(accounts, http, advice);
        assertThat(checker.post(letter + "/check", Map.of()).at("route.station"))
                .isEqualTo("CHECKED");
        Api.Answer bare = checker.post(letter + "/send-back", Map.of());
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.at("errors.0.field")).isEqualTo("comment");
        Api.Answer back = checker.post(letter + "/send-back", Map.of("comment", "Noem de wachtlijst"));
        assertThat(back.at("route.station")).isEqualTo("DRAFT");
        assertThat(back.at("steps.1.comment")).isEqualTo("Noem de wachtlijst");
        LetterSteps.check(accounts, http, advice);

        Api manager = accounts.manager(http);
        assertThat(manager.post(letter + "/finalize", Map.of("ourReference", "R-1", "date", "2024-10-01"))
                        .status())
                .isEqualTo(201);
        Api.Answer mandateWithoutDate = writer.post(letter + "/decision", Map.of("kind", "MANDATE"));
        assertThat(mandateWithoutDate.status()).isEqualTo(400);
        assertThat(mandateWithoutDate.at("errors.0.field")).isEqualTo("decidedOn");
        Api.Answer decided = writer.post(letter + "/decision", Map.of("kind", "MANDATE", "decidedOn", "2024-10-02"));
        assertThat(decided.at("route.station")).isEqualTo("DECIDED");
        Api.Answer beforeDecision = writer.post(letter + "/sending", Map.of("sentOn", "2024-10-01", "means", "POST"));
        assertThat(beforeDecision.status()).isEqualTo(400);
        assertThat(beforeDecision.at("errors.0.field")).isEqualTo("sentOn");
        assertThat(writer.get("/api/advices/" + advice).at("advice.status")).isEqualTo("RECEIVED");
        Api.Answer sent = writer.post(letter + "/sending", Map.of("sentOn", "2024-10-03", "means", "DOCUMENT_SYSTEM"));
        assertThat(sent.at("route.station")).isEqualTo("SENT");
        assertThat(sent.at("route.sentMeans")).isEqualTo("DOCUMENT_SYSTEM");
        assertThat(writer.get("/api/advices/" + advice).at("advice.status")).isEqualTo("ANSWERED");
        assertThat((List<?>) writer.get(letter + "/route").at("steps")).hasSize(6);
    }

    @Test
    void aLetterGoesByEmailOnlyToABodyWithAnAddressElseTheSendingIsRefusedNamingTheMeans() {
        Api writer = accounts.staff(http);
        long advice = answeredAdvice(writer);
        String letter = "/api/advices/" + advice + "/letter";
        Api manager = accounts.manager(http);
        assertThat(LetterSteps.checkAndFinalize(accounts, http, manager, advice, "R-3", "2024-10-01")
                        .status())
                .isEqualTo(201);
        assertThat(writer.post(letter + "/decision", Map.of("kind", "MANDATE", "decidedOn", "2024-10-02"))
                        .at("route.station"))
                .isEqualTo("DECIDED");
        Object route = writer.get(letter + "/route").body();
        Map<String, Long> before = DatabaseState.rowCounts(dataSource);

        Api.Answer nowhere = writer.post(letter + "/sending", Map.of("sentOn", "2024-10-03", "means", "EMAIL"));

        assertThat(nowhere.status()).isEqualTo(409);
        assertThat(nowhere.contentType()).startsWith("application/problem+json");
        assertThat(nowhere.at("errors.0.field")).isEqualTo("means");
        assertThat(nowhere.at("errors.0.message"))
                .isEqualTo("Het adviesorgaan heeft geen e-mailadres; kies een andere manier van verzenden of vul het"
                        + " e-mailadres van het adviesorgaan in.");
        assertThat(DatabaseState.rowCounts(dataSource)).isEqualTo(before);
        assertThat(writer.get(letter + "/route").body()).isEqualTo(route);
        assertThat(writer.get("/api/advices/" + advice).at("advice.status")).isEqualTo("RECEIVED");

        // once the body has an address, the same sending is recorded
        Api admin = accounts.admin(http);
        long body = ((Number) writer.get("/api/advices/" + advice).at("advice.bodyId")).longValue();
        Api.Answer known = admin.get("/api/bodies/" + body);
        Map<String, Object> input = new HashMap<>();
        for (String field : List.of("name", "shortName", "version")) {
            input.put(field, known.at("body." + field));
        }
        input.put("contactEmail", "secretariaat-" + body + "@raad.example");
        Api.Answer filled = admin.put("/api/bodies/" + body, input);
        assertThat(filled.status()).as(filled.toString()).isEqualTo(200);
        Api.Answer sent = writer.post(letter + "/sending", Map.of("sentOn", "2024-10-03", "means", "EMAIL"));
        assertThat(sent.at("route.sentMeans")).as(sent.toString()).isEqualTo("EMAIL");
        assertThat(writer.get("/api/advices/" + advice).at("advice.status")).isEqualTo("ANSWERED");
    }

    @Test
    void anOrganisationMayLetStaffApproveAndSkipTheCollegesDecision() {
        withWorkflow(false, "STAFF", false, false, () -> {
            Api writer = accounts.staff(http);
            long advice = answeredAdvice(writer);
            String letter = "/api/advices/" + advice + "/letter";
            assertThat(writer.post(letter + "/finalize", Map.of("ourReference", "R-2", "date", "2024-10-01"))
                            .status())
                    .isEqualTo(201);
            assertThat(writer.post(letter + "/sending", Map.of("sentOn", "2024-10-01", "means", "POST"))
                            .at("route.station"))
                    .isEqualTo("SENT");
        });
    }

    @Test
    void withoutASecondCheckTheRoutePageOffersToMakeTheLetterFinalOnlyOnceEveryResponseIsApproved() {
        withWorkflow(false, "MANAGER", null, true, () -> {
            long advice = answeredAdvice(accounts.staff(http));
            Api manager = accounts.manager(http);
            String route = "/advices/" + advice + "/letter/route";

            String waiting = manager.download(route).text();
            assertThat(waiting)
                    .contains("De brief kan pas definitief gemaakt worden als alle reacties zijn goedgekeurd")
                    .doesNotContain("id=\"naar-definitief\"")
                    .doesNotContain("id=\"controleren\"");

            LetterSteps.approveResponses(accounts, http, advice);
            String ready = manager.download(route).text();
            assertThat(ready)
                    .doesNotContain("id=\"wacht-op-reacties\"")
                    .contains("id=\"naar-definitief\"")
                    .contains("Deze stap is in uw organisatie niet verplicht");
        });
    }

    /**
     * Runs {@code story} with the organisation's workflow set so ({@code collegeDecisionRequired} null: as it is),
     * then sets it back as it was.
     */
    private void withWorkflow(
            boolean checkRequired,
            String approverRole,
            Boolean collegeDecisionRequired,
            boolean responseReviewRequired,
            Runnable story) {
        Api admin = accounts.admin(http);
        Map<String, Object> before = admin.get("/api/organisation/workflow").json();
        try {
            Api.Answer changed = admin.put(
                    "/api/organisation/workflow",
                    Map.of(
                            "checkRequired", checkRequired,
                            "approverRole", approverRole,
                            "collegeDecisionRequired",
                                    collegeDecisionRequired == null
                                            ? before.get("collegeDecisionRequired")
                                            : collegeDecisionRequired,
                            "responseReviewRequired", responseReviewRequired,
                            "version", before.get("version")));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            story.run();
        } finally {
            Map<String, Object> now = admin.get("/api/organisation/workflow").json();
            admin.put(
                    "/api/organisation/workflow",
                    Map.of(
                            "checkRequired", before.get("checkRequired"),
                            "approverRole", before.get("approverRole"),
                            "collegeDecisionRequired", before.get("collegeDecisionRequired"),
                            "responseReviewRequired", before.get("responseReviewRequired"),
                            "version", now.get("version")));
        }
    }

    @Test
    void theDatabaseAllowsOnlyTheRoutesMoves() throws SQLException {
        Api writer = accounts.staff(http);
        long advice = answeredAdvice(writer);
        LetterSteps.check(accounts, http, advice);
        try (Connection db = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = db.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                            "update letter_route set station = 'SENT', sent_on = date '2024-10-01', sent_means = 'POST'"
                                    + " where advice_id = " + advice))
                    .hasMessageContaining("letter_route: CHECKED -> SENT is not a move of the route");
            assertThatThrownBy(() -> statement.executeUpdate(
                            "update letter_route set station = 'DECIDED' where advice_id = " + advice))
                    .hasMessageContaining("letter_route");
            assertThatThrownBy(() -> statement.executeUpdate(
                            "update letter_route set station = 'FINAL', decision_kind = 'MANDATE', decided_on = date"
                                    + " '2024-10-01' where advice_id = " + advice))
                    .hasMessageContaining("letter_route_decision_after_final");
        }
    }
}
