package nl.adviestracker.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.DatabaseState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A follow-up's due date is set once without a reason; every later move (or letting it go) needs one, is kept
 * with who and when, oldest first, and the reports count exactly the moves the histories show.
 */
@MicronautTest(transactional = false)
class FollowUpDueDateMoveIT {

    /** A year no other test receives advices in, so the counts of moved dates are this test's own. */
    private static final int YEAR = 2003;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    Api staff;
    long response;

    @BeforeEach
    void aResponseOfAnAdviceReceivedIn2003() {
        long body = accounts.admin(http)
                .post(
                        "/api/bodies",
                        Map.of(
                                "name", "Adviesraad verschuiven " + System.nanoTime(),
                                "shortName", "VS" + System.nanoTime() % 100000))
                .id();
        long advice = accounts.member(http, body)
                .post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Wijkaanpak Noord",
                                "kind",
                                "UNSOLICITED",
                                "receivedOn",
                                YEAR + "-02-02",
                                "points",
                                List.of(Map.of(
                                        "label", "1", "text", "Betrek de wijkteams.", "kind", "RECOMMENDATION"))))
                .id();
        staff = accounts.staff(http);
        long point = ((Number) ((Map<?, ?>) staff.get("/api/advices/" + advice + "/points")
                                .list()
                                .get(0))
                        .get("id"))
                .longValue();
        response = staff.post(
                        "/api/advices/" + advice + "/responses",
                        Map.of(
                                "pointIds",
                                List.of(point),
                                "stance",
                                "TAKEN_INTO_ACCOUNT",
                                "text",
                                "Wij nemen dit mee.",
                                "reason",
                                "In ontwikkeling."))
                .id();
    }

    @Test
    void theFirstDateNeedsNoReasonEveryMoveDoesAndTheHistoryKeepsThemInOrder() throws Exception {
        long id = followUp("Wijkteams betrekken");

        Api.Answer first = save(id, "2026-03-01", null);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat((List<?>) first.at("dueDateMoves")).isEmpty();

        Map<String, Long> before = DatabaseState.rowCounts(dataSource);
        Object stored = staff.get("/api/followups/" + id).body();
        Api.Answer withoutReason = save(id, "2026-06-01", " ");
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.contentType()).startsWith("application/problem+json");
        assertThat((List<Object>) withoutReason.at("errors"))
                .containsExactly(Map.of(
                        "field",
                        "dueOnReason",
                        "message",
                        "is verplicht: zeg waarom de datum verschuift van 1 maart 2026 naar 1 juni 2026"));
        assertThat(DatabaseState.rowCounts(dataSource))
                .as("nothing half-written")
                .isEqualTo(before);
        assertThat(staff.get("/api/followups/" + id).body()).isEqualTo(stored);

        assertThat(save(id, "2026-06-01", "De aanbesteding liep uit.").status()).isEqualTo(200);
        assertThat(save(id, "2026-06-01", null).status())
                .as("the same date again is no move")
                .isEqualTo(200);
        Api.Answer gone = save(id, null, null);
        assertThat(gone.status()).isEqualTo(400);
        assertThat(gone.toString()).contains("dueOnReason", "geen datum meer");
        Api.Answer later = save(id, "2026-09-01", "De raad besluit pas in juli.");
        assertThat(later.status()).as(later.toString()).isEqualTo(200);

        assertThat(later.at("dueOn")).isEqualTo("2026-09-01");
        assertThat(later.at("dueDateMoves.0.previousDueOn")).isEqualTo("2026-03-01");
        assertThat(later.at("dueDateMoves.0.newDueOn")).isEqualTo("2026-06-01");
        assertThat(later.at("dueDateMoves.0.reason")).isEqualTo("De aanbesteding liep uit.");
        assertThat(later.at("dueDateMoves.0.movedBy"))
                .isEqualTo(staff.get("/api/me").at("username"));
        assertThat(later.at("dueDateMoves.1.previousDueOn")).isEqualTo("2026-06-01");
        assertThat(later.at("dueDateMoves.1.newDueOn")).isEqualTo("2026-09-01");
        assertThat(later.at("dueDateMoves.1.reason")).isEqualTo("De raad besluit pas in juli.");
        assertThat((List<?>) later.at("dueDateMoves")).hasSize(2);

        assertThatThrownBy(() -> update("update followup set due_on = date '2026-12-01' where id = ?", id))
                .as("the database refuses a moved date without its recorded move")
                .hasMessageContaining("followup_due_date_moved");
    }

    @Test
    void theReportCountsTheMovesTheHistoriesShow() {
        Map<String, Object> before =
                staff.get("/api/reports/moved-dates?year=" + YEAR).json();
        long moved = followUp("Wijkteams betrekken");
        followUp("Ouders informeren");
        assertThat(save(moved, "2026-03-01", null).status()).isEqualTo(200);
        assertThat(save(moved, "2026-04-01", "Later begonnen").status()).isEqualTo(200);
        assertThat(save(moved, "2026-05-01", "Nog later").status()).isEqualTo(200);

        Map<String, Object> after =
                staff.get("/api/reports/moved-dates?year=" + YEAR).json();
        int shown = ((List<?>) staff.get("/api/followups/" + moved).at("dueDateMoves")).size();
        assertThat(shown).isEqualTo(2);
        assertThat(count(after, "followUps") - count(before, "followUps")).isEqualTo(2);
        assertThat(count(after, "followUpsMoved") - count(before, "followUpsMoved"))
                .isEqualTo(1);
        assertThat(count(after, "followUpMoves") - count(before, "followUpMoves"))
                .isEqualTo(shown);
    }

    private static int count(Map<String, Object> counts, String name) {
        return ((Number) counts.get(name)).intValue();
    }

    private long followUp(String description) {
        return staff.post(
                        "/api/followups",
                        Map.of("responseId", response, "description", description, "owner", "Afdeling DMO Beleid"))
                .id();
    }

    private Api.Answer save(long id, String dueOn, String dueOnReason) {
        Map<String, Object> body = new HashMap<>();
        body.put("responseId", response);
        body.put("description", "Wijkteams betrekken");
        body.put("owner", "Afdeling DMO Beleid");
        body.put("dueOn", dueOn);
        body.put("dueOnReason", dueOnReason);
        body.put("version", staff.get("/api/followups/" + id).at("version"));
        return staff.put("/api/followups/" + id, body);
    }

    private void update(String sql, long id) throws Exception {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
