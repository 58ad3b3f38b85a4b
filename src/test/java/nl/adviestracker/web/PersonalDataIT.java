package nl.adviestracker.web;

import static nl.adviestracker.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.adviestracker.account.ApiTokens;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.User;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.support.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A member's request about their personal data: the export lists every datum field by field (JSON, and
 * the same as PDF), and erasure anonymises the account, ends its sessions and tokens, removes what was
 * kept only for them, and leaves their advice in place with their role instead of their name.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataIT {

    @Inject
    EmbeddedServer server;

    @Inject
    Scenery scenery;

    @Inject
    Users users;

    @Inject
    ApiTokens tokens;

    @Inject
    DataSource dataSource;

    @Inject
    JsonMapper json;

    Scenery.Set data;
    User member;
    WebClient memberClient;
    WebClient admin;
    long draft;

    @BeforeAll
    void setUp() throws SQLException {
        data = scenery.build("avg");
        member = users.create(new UserInput(
                "avg-petra",
                "Petra van Dijk",
                "petra@example.org",
                Role.ASDG,
                data.body(),
                Scenery.PASSWORD,
                true,
                null));
        tokens.issue(member.id(), "mijn script");
        memberClient = new WebClient(server.getURL().toString()).logIn("avg-petra", Scenery.PASSWORD);
        assertThat(memberClient.post("/calendar-link", form()).status()).isEqualTo(200);
        WebClient.Page created = memberClient.post(
                "/advices", form("subject", "Advies van Petra", "kind", "UNSOLICITED", "receivedOn", "2024-03-01"));
        assertThat(created.status()).isEqualTo(303);
        draft = Long.parseLong(created.location().replaceAll("^/advices/(\\d+).*$", "$1"));
        try (Connection db = connection()) {
            Sql.exec(db, "insert into owner_address (owner, email) values ('Petra', 'petra@example.org')");
            Sql.exec(
                    db,
                    "insert into reminder_sent (kind, subject_id, recipient, period) values ('REQUEST_DUE', 1,"
                            + " 'petra@example.org', '2025-W01')");
            Sql.exec(
                    db,
                    "insert into followup_note (followup_id, noted_on, text, author) values ("
                            + data.followUp().id() + ", current_date, 'Besproken', 'avg-petra')");
            Sql.exec(
                    db,
                    "insert into followup_due_date_move (followup_id, previous_due_on, new_due_on, reason, moved_by)"
                            + " values (" + data.followUp().id() + ", current_date - 30, current_date - 3,"
                            + " 'Eerder klaar', 'avg-petra')");
            long advice = data.received().id();
            Sql.exec(
                    db,
                    "insert into letter_step (advice_id, from_station, to_station, actor, actor_name) values (" + advice
                            + ", 'DRAFT', 'CHECKED', 'avg-petra', 'Petra van Dijk')");
            Sql.exec(
                    db,
                    "insert into response_verdict (advice_id, response_id, judgement, explanation, given_by) values ("
                            + advice + ", " + data.response().id() + ", 'PARTLY', 'Deels', 'avg-petra')");
            Sql.exec(
                    db,
                    "insert into advice_due_date_extension (advice_id, previous_due_on, new_due_on, reason,"
                            + " extended_by) values (" + advice + ", date '2024-04-01', date '2024-05-01',"
                            + " 'Zomerreces', 'avg-petra')");
            Sql.exec(
                    db,
                    "insert into body_verdict_visibility (body_id, verdicts_public, changed_by) values (" + data.body()
                            + ", true, 'avg-petra')");
            Sql.exec(
                    db,
                    "insert into point_repeat_decision (advice_id, point_id, earlier_point_id, decision, decided_by)"
                            + " select " + advice + ", max(id), min(id), 'CONFIRMED', 'avg-petra' from point"
                            + " where advice_id = " + advice);
        }
        admin = new WebClient(server.getURL().toString()).logIn("avg-beheer", Scenery.PASSWORD);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsEveryDatumAndTheErasureLeavesOnlyTheRole() throws IOException, SQLException {
        Map<String, Object> export = export();
        Map<String, Object> account = (Map<String, Object>) export.get("account");
        assertThat(account)
                .containsEntry("id", member.id().intValue())
                .containsEntry("username", "avg-petra")
                .containsEntry("name", "Petra van Dijk")
                .containsEntry("email", "petra@example.org")
                .containsEntry("role", "ASDG-lid")
                .containsEntry("body", "Adviesraad avg")
                .containsEntry("active", true)
                .containsKeys("createdAt", "updatedAt");
        assertThat((List<Object>) export.get("sessions")).hasSize(1);
        assertThat((List<Map<String, Object>>) export.get("apiTokens"))
                .singleElement()
                .satisfies(token -> assertThat(token).containsEntry("name", "mijn script"));
        assertThat((Map<String, Object>) export.get("calendarToken")).containsKey("createdAt");
        assertThat((List<Map<String, Object>>) export.get("mentions"))
                .extracting(m -> m.get("where") + ": " + m.get("count"))
                .containsExactlyInAnyOrder(
                        "voortgangsnotities bij toezeggingen: 1",
                        "verschoven data van toezeggingen (verschoven door): 1",
                        "verlengingen van de antwoordtermijn: 1",
                        "keuzes over het tonen van oordelen: 1",
                        "besluiten over herhaalde adviespunten: 1",
                        "stappen op de route van antwoordbrieven: 1",
                        "oordelen over reacties van het college: 1");
        assertThat((List<Map<String, Object>>) export.get("auditEntries"))
                .extracting(e -> e.get("entity"))
                .contains("advice", "calendar_token");
        assertThat((List<Map<String, Object>>) export.get("remindersSent"))
                .singleElement()
                .satisfies(m -> assertThat(m).containsEntry("kind", "REQUEST_DUE"));
        assertThat((List<Object>) export.get("ownerAddresses")).containsExactly("Petra");
        assertThat(export.get("failedLogins")).isEqualTo(0);

        WebClient.Page pdf = admin.getAs("/privacy/users/" + member.id() + "/export.pdf", "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(admin.get("/privacy/users/" + member.id())
                        .html()
                        .select("main")
                        .text())
                .contains("petra@example.org")
                .contains("voortgangsnotities bij toezeggingen: 1");

        WebClient.Page unconfirmed = admin.post("/privacy/users/" + member.id() + "/erase", form());
        assertThat(unconfirmed.status()).isEqualTo(422);
        assertThat(admin.post("/privacy/users/" + member.id() + "/erase", form("confirm", "ja"))
                        .status())
                .isEqualTo(303);

        Map<String, Object> erased = export();
        assertThat((Map<String, Object>) erased.get("account"))
                .containsEntry("username", "verwijderd-" + member.id())
                .containsEntry("name", "lid van AVG")
                .containsEntry("email", "verwijderd-" + member.id() + "@example.invalid")
                .containsEntry("role", "ASDG-lid")
                .containsEntry("active", false);
        assertThat((List<Object>) erased.get("sessions")).isEmpty();
        assertThat((List<Object>) erased.get("apiTokens")).isEmpty();
        assertThat(erased.get("calendarToken")).isNull();
        assertThat((List<Object>) erased.get("remindersSent")).isEmpty();
        assertThat((List<Object>) erased.get("ownerAddresses")).isEmpty();
        assertThat(memberClient.getAs("/api/me", "application/json").status()).isEqualTo(401);

        try (Connection db = connection()) {
            // the advice stays (a record under a retention duty); who wrote it is now a role
            assertThat(Sql.id(db, "select count(*) from advice where id = " + draft))
                    .isEqualTo(1);
            assertThat(Sql.id(db, "select count(*) from audit_event where actor = 'avg-petra'"))
                    .isZero();
            assertThat(Sql.id(
                            db,
                            "select count(*) from audit_event where advice_id = " + draft
                                    + " and actor = 'lid van AVG'"))
                    .isPositive();
            assertThat(
                            Sql.id(
                                    db,
                                    "select count(*) from audit_event where before::text like '%petra@example.org%'"
                                            + " or after::text like '%petra@example.org%' or after::text like '%Petra van Dijk%'"))
                    .isZero();
            assertThat(Sql.id(db, "select count(*) from followup_note where author = 'lid van AVG'"))
                    .isEqualTo(1);
            for (String named : List.of(
                    "letter_step where actor = 'lid van AVG' and actor_name = 'lid van AVG'",
                    "response_verdict where given_by = 'lid van AVG'",
                    "advice_due_date_extension where extended_by = 'lid van AVG'",
                    "followup_due_date_move where moved_by = 'lid van AVG'",
                    "body_verdict_visibility where changed_by = 'lid van AVG'",
                    "point_repeat_decision where decided_by = 'lid van AVG'")) {
                assertThat(Sql.id(db, "select count(*) from " + named))
                        .as(named)
                        .isEqualTo(1);
            }
            assertThat(Sql.id(
                            db,
                            "select count(*) from letter_step where 'avg-petra' in (actor, actor_name)"
                                    + " or 'Petra van Dijk' in (actor, actor_name)"))
                    .isZero();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficialsExportCountsTheWorkTheirAccountIsNamedIn() throws IOException, SQLException {
        User official = users.create(new UserInput(
                "avg-olga", "Olga de Wit", "olga@example.org", Role.STAFF, null, Scenery.PASSWORD, true, null));
        long advice = data.received().id();
        try (Connection db = connection()) {
            Sql.exec(
                    db,
                    "insert into advice_lead (advice_id, lead_official_id) values (" + advice + ", " + official.id()
                            + ")");
            Sql.exec(
                    db,
                    "insert into point_assignment (point_id, advice_id, assignee_id, internal_due_on, assigned_by_id)"
                            + " select id, advice_id, " + official.id() + ", current_date + 7, " + official.id()
                            + " from point where advice_id = " + advice + " order by position limit 2");
            Sql.exec(
                    db,
                    "update response set written_by_id = " + official.id() + " where id = "
                            + data.response().id());
            Sql.exec(
                    db,
                    "insert into notice (recipient_user_id, kind, text, link, dedup_key, mail) values (" + official.id()
                            + ", 'ASSIGNED', 'Punt 1 is aan u toegewezen.', '/advices/" + advice
                            + "', 'avg-1', 'OFF')");
        }
        Map<String, Object> export = export(official.id());
        assertThat((List<Map<String, Object>>) export.get("mentions"))
                .extracting(m -> m.get("where") + ": " + m.get("count"))
                .containsExactlyInAnyOrder(
                        "adviezen (trekker): 1",
                        "toegewezen adviespunten (toegewezen aan): 2",
                        "toegewezen adviespunten (toegewezen door): 2",
                        "reacties van het college (laatst geschreven door): 1",
                        "meldingen aan u: 1");
    }

    private Map<String, Object> export() throws IOException {
        return export(member.id());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> export(long userId) throws IOException {
        WebClient.Page page = admin.getAs("/privacy/users/" + userId + "/export.json", "application/json");
        assertThat(page.status()).isEqualTo(200);
        return json.readValue(page.body(), Map.class);
    }

    private Connection connection() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }
}
