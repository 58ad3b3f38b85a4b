package nl.adviestracker.web;

import static nl.adviestracker.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.adviestracker.support.Sql;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A destruction run on records past and before their period: only what a manager approved is destroyed,
 * as a whole dossier; the record of it says what, when, by whose decision and under which period, and
 * holds no content; nothing else changes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DestructionIT {

    @Inject
    EmbeddedServer server;

    @Inject
    Scenery scenery;

    @Inject
    DataSource dataSource;

    long approved;
    long notApproved;
    long recent;
    WebClient manager;
    WebClient admin;

    @BeforeAll
    void setUp() throws SQLException {
        approved = scenery.build("vern1").answered().id();
        notApproved = scenery.build("vern2").answered().id();
        recent = scenery.build("vern3").answered().id();
        // a follow-up, long closed, whose date was moved: its move goes with the dossier
        exec("insert into followup (response_id, advice_id, description, owner, due_on, status, created_at, updated_at)"
                + " select id, advice_id, 'Regelingen herschrijven', 'DMO', date '2013-06-01', 'DROPPED',"
                + " now() - interval '12 years', now() - interval '12 years' from response where advice_id = "
                + approved);
        exec("insert into followup_due_date_move (followup_id, previous_due_on, new_due_on, reason, moved_by)"
                + " select id, date '2013-03-01', date '2013-06-01', 'Aanbesteding liep uit', 'vern1-beleid'"
                + " from followup where advice_id = " + approved);
        exec("update advice set updated_at = now() - interval '12 years', our_reference = 'DMO-2013-" + approved
                + "' where id in (" + approved + ", " + notApproved + ")");
        // an answered advice has its final letter, whose own period runs from the letter's date
        exec("update letter_version set letter_date = current_date - interval '12 years' where advice_id in ("
                + approved + ", " + notApproved + ")");
        manager = new WebClient(server.getURL().toString()).logIn("vern1-manager", Scenery.PASSWORD);
        admin = new WebClient(server.getURL().toString()).logIn("vern1-beheer", Scenery.PASSWORD);
    }

    @Test
    void onlyTheApprovedDossierIsDestroyedAndTheRecordSaysSoWithoutItsContent() throws SQLException {
        Document list = manager.get("/records/destruction").html();
        List<String> listed =
                list.select("#vernietigingslijst tbody td:first-child").eachText();
        assertThat(listed)
                .contains("advies " + approved + ", ons kenmerk DMO-2013-" + approved)
                .anyMatch(text -> text.startsWith("advies " + notApproved + ","))
                .noneMatch(text -> text.startsWith("advies " + recent + ","));
        assertThat(list.select("#vernietigingslijst").text())
                .contains("Adviezen met punten en reacties, 10 jaar na beantwoording");

        // nothing goes without approval
        Map<String, Long> before = counts();
        assertThat(manager.post("/records/destruction/destroy", form()).status())
                .isEqualTo(303);
        assertThat(counts()).isEqualTo(before);

        assertThat(manager.post("/records/destruction/approve", form("kind", "ADVICE", "key", String.valueOf(approved)))
                        .status())
                .isEqualTo(303);
        Map<String, Long> ofApproved = countsOf(approved);
        assertThat(ofApproved.get("point")).isEqualTo(3);
        assertThat(ofApproved.get("audit_event")).isPositive();
        Map<String, Long> others = countsOfAllBut(approved);

        assertThat(manager.post("/records/destruction/destroy", form()).status())
                .isEqualTo(303);

        assertThat(countsOf(approved))
                .allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(countsOfAllBut(approved)).isEqualTo(others);
        Map<String, Long> after = counts();
        before.forEach((table, count) ->
                assertThat(after.get(table)).as(table).isEqualTo(count - ofApproved.getOrDefault(table, 0L)));

        Document done = manager.get("/records/destruction").html();
        assertThat(done.select("#vernietigingslijst tbody td:first-child").eachText())
                .noneMatch(text -> text.startsWith("advies " + approved + ","))
                .anyMatch(text -> text.startsWith("advies " + notApproved + ","));
        String record = done.select("#vernietigingsverslag tbody tr").stream()
                .filter(row -> row.text().startsWith("advies " + approved + ","))
                .findFirst()
                .orElseThrow()
                .text();
        assertThat(record)
                .contains("Adviezen met punten en reacties: 10 jaar na beantwoording")
                .contains("vern1-manager")
                .doesNotContain("Minimaregelingen")
                .doesNotContain("Maak duidelijk wat armoede is");
        try (Connection db = connection();
                var rows = db.createStatement()
                        .executeQuery("select reference, period, approved_by, destroyed_by, rows_destroyed"
                                + " from destruction_record where record_key = '" + approved + "'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("advies " + approved + ", ons kenmerk DMO-2013-" + approved);
            assertThat(rows.getString(3)).isEqualTo("vern1-manager");
            assertThat(rows.getString(4)).isEqualTo("vern1-manager");
            assertThat(rows.getLong(5))
                    .isEqualTo(ofApproved.values().stream()
                            .mapToLong(Long::longValue)
                            .sum());
        }
    }

    @Test
    void aLongerPeriodTakesAnItemOffTheListAndOnlyAnAdminSetsIt() {
        assertThat(manager.get("/records/retention").status()).isEqualTo(403);
        WebClient.Page saved = admin.post(
                "/records/retention",
                form(
                        "kind",
                        "FOLLOWUP",
                        "amount",
                        "",
                        "unit",
                        "YEARS",
                        "basis",
                        "Bewaren: archivaris 2025",
                        "version",
                        ""));
        assertThat(saved.status()).isEqualTo(303);
        WebClient.Page wrong = admin.post(
                "/records/retention",
                form("kind", "MAIL_LOG", "amount", "0", "unit", "YEARS", "basis", "", "version", ""));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.html().selectFirst("#mail_log-fouten").text())
                .contains("Termijn")
                .contains("Grond");
        assertThat(admin.get("/records/retention")
                        .html()
                        .selectFirst("#termijn-FOLLOWUP")
                        .text())
                .contains("blijvend bewaren")
                .contains("ingesteld door vern1-beheer");
        // a dossier without follow-ups is not held by that period
        assertThat(manager.get("/records/destruction")
                        .html()
                        .select("#vernietigingslijst tbody td:first-child")
                        .eachText())
                .anyMatch(text -> text.startsWith("advies " + notApproved + ","));
        admin.post(
                "/records/retention",
                form(
                        "kind",
                        "ADVICE",
                        "amount",
                        "",
                        "unit",
                        "YEARS",
                        "basis",
                        "Bewaren: archivaris 2025",
                        "version",
                        ""));
        assertThat(manager.get("/records/destruction")
                        .html()
                        .select("#vernietigingslijst tbody td:first-child")
                        .eachText())
                .noneMatch(text -> text.startsWith("advies " + notApproved + ","));
        String version = admin.get("/records/retention")
                .html()
                .selectFirst("#termijn-ADVICE input[name=version]")
                .attr("value");
        assertThat(admin.post(
                                "/records/retention",
                                form(
                                        "kind",
                                        "ADVICE",
                                        "amount",
                                        "10",
                                        "unit",
                                        "YEARS",
                                        "basis",
                                        "Terug naar 10 jaar",
                                        "version",
                                        version))
                        .status())
                .isEqualTo(303);
        // and the follow-ups' period back too, so the approved dossier (with a follow-up) is not held by it
        String followUpVersion = admin.get("/records/retention")
                .html()
                .selectFirst("#termijn-FOLLOWUP input[name=version]")
                .attr("value");
        assertThat(admin.post(
                                "/records/retention",
                                form(
                                        "kind",
                                        "FOLLOWUP",
                                        "amount",
                                        "10",
                                        "unit",
                                        "YEARS",
                                        "basis",
                                        "Terug naar 10 jaar",
                                        "version",
                                        followUpVersion))
                        .status())
                .isEqualTo(303);
    }

    private static final List<String> DOSSIER_TABLES = List.of(
            "advice",
            "point",
            "response",
            "response_point",
            "followup",
            "publication",
            "letter_version",
            "letter_route",
            "letter_step",
            "response_verdict",
            "point_repeat_decision",
            "followup_due_date_move",
            "audit_event");

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = connection()) {
            for (String table : DOSSIER_TABLES) {
                counts.put(table, Sql.id(db, "select count(*) from " + table));
            }
        }
        return counts;
    }

    private Map<String, Long> countsOf(long advice) throws SQLException {
        return countsWhere("= " + advice);
    }

    private Map<String, Long> countsOfAllBut(long advice) throws SQLException {
        return countsWhere("<> " + advice);
    }

    /** Rows per dossier table whose advice matches, each row's content hashed so a change would show. */
    private Map<String, Long> countsWhere(String condition) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = connection()) {
            for (String table : DOSSIER_TABLES) {
                String column = switch (table) {
                    case "advice" -> "id";
                    case "followup_due_date_move" -> "(select f.advice_id from followup f where f.id = followup_id)";
                    default -> "advice_id";
                };
                counts.put(table, Sql.id(db, "select count(*) from " + table + " where " + column + " " + condition));
                counts.put(
                        table + " (inhoud)",
                        Sql.id(
                                db,
                                "select coalesce(sum(hashtext(t::text)::bigint), 0) from " + table + " t where "
                                        + column + " " + condition));
            }
        }
        counts.entrySet().removeIf(e -> e.getKey().endsWith("(inhoud)") && condition.startsWith("="));
        return counts;
    }

    private void exec(String sql) throws SQLException {
        try (Connection db = connection()) {
            Sql.exec(db, sql);
        }
    }

    private Connection connection() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }
}
