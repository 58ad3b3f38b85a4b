package nl.adviestracker.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import nl.adviestracker.account.Role;
import nl.adviestracker.organisation.NewOrganisation;
import nl.adviestracker.organisation.Organisations;
import nl.adviestracker.support.Accounts;
import nl.adviestracker.support.Api;
import nl.adviestracker.support.LetterSteps;
import nl.adviestracker.tenancy.OrganisationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup restored into a new database is the same database: every row of every table, byte for
 * byte (letters' PDFs included), and every sequence where it stood, so the service restarted on it
 * takes new rows. A restore that would mix or half-load data is refused and changes nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "adviestracker.demo-data", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRoundTripIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    @Inject
    EmbeddedPostgresSettings embedded;

    @Inject
    Organisations organisations;

    @TempDir
    Path dir;

    String source;

    @BeforeAll
    void fillTheDatabaseWithEveryKindOfRow() throws SQLException {
        try (Connection connection =
                DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            source = connection.getMetaData().getURL();
        }
        Api admin = accounts.admin(http);
        long body = admin.post(
                        "/api/bodies",
                        Map.of(
                                "name",
                                "Wmo-raad Groningen ‘test’",
                                "shortName",
                                "WMO-T",
                                "contactName",
                                "Mw. De Vries-Ökmen",
                                "postalAddress",
                                "Postbus 30026\n9700 RM Groningen",
                                "responseTermLength",
                                30,
                                "responseTermUnit",
                                "WORKING_DAYS",
                                "projectGroups",
                                List.of("Wonen & zorg", "Jeugd")))
                .id();
        long group = ((Number) admin.get("/api/bodies/" + body).at("projectGroups.0.id")).longValue();

        Api member = accounts.member(http, body);
        long first = member.post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "projectGroupId",
                                group,
                                "subject",
                                "Beschermd wonen 🏠 \"dichtbij\"",
                                "kind",
                                "SOLICITED",
                                "receivedOn",
                                "2024-05-06",
                                "theme",
                                "Wonen",
                                "introduction",
                                "Regel één\nRegel twee\ttab \\ backslash",
                                "points",
                                List.of(
                                        Map.of(
                                                "label",
                                                "1",
                                                "text",
                                                "Meer plekken in de wijk.",
                                                "kind",
                                                "RECOMMENDATION"),
                                        Map.of("label", "2", "text", "Wanneer komt het plan?", "kind", "QUESTION"),
                                        Map.of(
                                                "label",
                                                "3",
                                                "text",
                                                "Betrek ervaringsdeskundigen.",
                                                "kind",
                                                "REQUEST"))))
                .id();
        long supplement = member.post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Aanvulling beschermd wonen",
                                "kind",
                                "UNSOLICITED",
                                "receivedOn",
                                "2024-05-20",
                                "supplementsAdviceId",
                                first,
                                "points",
                                List.of(Map.of("label", "A", "text", "Ook voor jongeren.", "kind", "OBSERVATION"))))
                .id();
        long draft = member.post(
                        "/api/advices",
                        Map.of(
                                "bodyId",
                                body,
                                "subject",
                                "Nog niet af",
                                "kind",
                                "UNSOLICITED",
                                "receivedOn",
                                "2024-06-01",
                                "status",
                                "DRAFT",
                                "points",
                                List.of(Map.of("label", "1", "text", "Concept", "kind", "OBSERVATION"))))
                .id();
        String memberScript = accounts.apiToken(Role.ASDG, body);
        assertThat(new Api(http)
                        .exchange(HttpRequest.DELETE("/api/advices/" + draft).bearerAuth(memberScript))
                        .status())
                .as("a soft-deleted draft")
                .isEqualTo(204);

        Api staff = accounts.staff(http);
        List<?> points = (List<?>) staff.get("/api/advices/" + first).at("points");
        long response = staff.post(
                        "/api/advices/" + first + "/responses",
                        Map.of(
                                "pointIds",
                                List.of(pointId(points, 0), pointId(points, 1)),
                                "stance",
                                "PARTLY_ADOPTED",
                                "paraphrase",
                                "U vraagt om meer plekken",
                                "text",
                                "Wij bouwen er twintig bij.",
                                "reason",
                                "Geld."))
                .id();
        staff.post(
                "/api/advices/" + first + "/responses",
                Map.of("pointIds", List.of(pointId(points, 2)), "stance", "ADOPTED", "text", "Dat doen we."));
        long followUp = staff.post(
                        "/api/followups",
                        Map.of(
                                "responseId",
                                response,
                                "description",
                                "Twintig plekken",
                                "owner",
                                "Afdeling Wonen",
                                "dueOn",
                                "2025-01-31"))
                .id();
        staff.post(
                "/api/followups/" + followUp + "/notes", Map.of("notedOn", "2024-09-01", "text", "Locaties gevonden."));
        staff.post(
                "/api/followups/" + followUp + "/notes", Map.of("text", "Vergunning aangevraagd; ‘bezwaar’ verwacht."));
        Api.Answer moved = staff.put(
                "/api/followups/" + followUp,
                Map.of(
                        "responseId",
                        response,
                        "description",
                        "Twintig plekken",
                        "owner",
                        "Afdeling Wonen",
                        "dueOn",
                        "2025-03-31",
                        "dueOnReason",
                        "Vergunning duurt langer; ‘bezwaar’",
                        "version",
                        staff.get("/api/followups/" + followUp).at("version")));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        Map<String, Object> letter =
                new HashMap<>(staff.get("/api/advices/" + first + "/letter").json());
        letter.put("closing", "Met vriendelijke groet,\nnamens het college");
        letter.remove("attachments");
        assertThat(staff.put("/api/advices/" + first + "/letter", letter).status())
                .isEqualTo(200);
        assertThat(staff.post("/api/advices/" + first + "/letter/versions", Map.of())
                        .status())
                .isEqualTo(201);

        Api beleid = Accounts.logIn(http, "beleid", "demo");
        long demoAdvice = ((Number) beleid.get("/api/advices?sort=received").at("items.0.id")).longValue();
        LetterSteps.sendFinal(accounts, http, accounts.manager(http), demoAdvice, "DMO-2024-17", "2024-03-12");
        long demoResponse = ((Number)
                        beleid.get("/api/advices/" + demoAdvice + "/responses").at("0.id"))
                .longValue();
        Api.Answer corrected = beleid.post(
                "/api/advices/" + demoAdvice + "/corrections",
                Map.of(
                        "responseId",
                        demoResponse,
                        "kind",
                        "SUPPLEMENT",
                        "text",
                        "Ook de Basismonitor.",
                        "why",
                        "Vergeten"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        Api.Answer published =
                beleid.post("/api/advices/" + demoAdvice + "/publication", Map.of("publishedOn", "2024-03-20"));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);

        long scriptUser = ((Number) admin.get("/api/users").list().stream()
                        .map(u -> (Map<?, ?>) u)
                        .filter(u -> "beleid".equals(u.get("username")))
                        .findFirst()
                        .orElseThrow()
                        .get("id"))
                .longValue();
        admin.post("/api/users/" + scriptUser + "/tokens", Map.of("name", "rapportage"));
        long revoked = ((Number) admin.post("/api/users/" + scriptUser + "/tokens", Map.of("name", "oud"))
                        .at("id"))
                .longValue();
        assertThat(new Api(http)
                        .exchange(HttpRequest.DELETE("/api/tokens/" + revoked)
                                .bearerAuth(accounts.apiToken(Role.ADMIN, null)))
                        .status())
                .isEqualTo(204);
        new Api(http).post("/login", Map.of("username", "beleid", "password", "fout"));
        assertThat(supplement).isPositive();
        fillTheTablesOfDeadlinesRequestsRemindersAndIntake(body, first, followUp, scriptUser);
        aSecondOrganisationWithAnAdvice();
    }

    /** Assen, with its own admin, body and advice: a backup holds every organisation, and a restore brings back each. */
    private void aSecondOrganisationWithAnAdvice() {
        long assen = organisations
                .create(new NewOrganisation(
                        "Gemeente Assen",
                        "assen",
                        "burgemeester en wethouders van Assen",
                        new NewOrganisation.FirstAdmin(
                                "assen-beheer", "Beheer Assen", "beheer@assen.example", "lang-genoeg")))
                .organisation()
                .id();
        Api assenAdmin = Accounts.logIn(http, "assen-beheer", "lang-genoeg");
        long body = assenAdmin
                .post("/api/bodies", Map.of("name", "Wmo-adviesraad Assen", "shortName", "WMO"))
                .id();
        Api member = OrganisationContext.within(assen, () -> accounts.member(http, body));
        Api.Answer advice = member.post(
                "/api/advices",
                Map.of(
                        "bodyId",
                        body,
                        "subject",
                        "Mantelzorg in Assen",
                        "kind",
                        "UNSOLICITED",
                        "receivedOn",
                        "2024-07-01",
                        "points",
                        List.of(Map.of("label", "1", "text", "Ondersteun mantelzorgers.", "kind", "RECOMMENDATION"))));
        assertThat(advice.status()).as(advice.toString()).isEqualTo(201);
    }

    /** Rows for the tables whose screens and jobs need more set-up than this test's subject warrants, in plain SQL. */
    private void fillTheTablesOfDeadlinesRequestsRemindersAndIntake(long body, long advice, long followUp, long user)
            throws SQLException {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = connection.createStatement()) {
            statement.execute(
                    "insert into advice_due_date_extension (advice_id, previous_due_on, new_due_on, reason, extended_by) "
                            + "values (" + advice
                            + ", date '2024-06-17', date '2024-07-01', 'Wethouder wacht de raad af', 'beleid')");
            statement.execute("insert into followup_transition (followup_id, from_status, to_status, reason, actor) "
                    + "values (" + followUp + ", 'OPEN', 'IN_PROGRESS', 'Gestart', 'beleid')");
            statement.execute("insert into followup_evidence (followup_id, kind, description, url, added_by) "
                    + "values (" + followUp + ", 'LINK', 'Raadsbesluit', 'https://example.org/besluit', 'beleid')");
            statement.execute("insert into followup_milestone (followup_id, description, planned_on, reached_on, "
                    + "created_by) values (" + followUp + ", 'Wijkteam gestart', date '2025-01-06', date '2025-01-08', "
                    + "'beleid')");
            statement.execute("insert into followup_body_informed (followup_id, informed_on, means, note, recorded_by) "
                    + "values (" + followUp + ", date '2025-02-01', 'EMAIL', 'Per mail', 'beleid')");
            statement.execute(
                    "insert into advice_request (body_id, subject, question, requested_on, needed_by, document_name, "
                            + "document_type, document_size, document, created_by) values (" + body
                            + ", 'Woonvisie', 'Wat vindt u?', "
                            + "date '2024-04-01', date '2024-05-01', 'concept.pdf', 'application/pdf', 3, '\\x255044'::bytea, 'beleid')");
            statement.execute("insert into reminder_sent (kind, subject_id, recipient, period) values ('FOLLOWUP_DUE', "
                    + followUp + ", 'wonen@example.org', '2025-01-31')");
            statement.execute(
                    "insert into owner_address (owner, email) values ('Afdeling Wonen', 'wonen@example.org')");
            statement.execute("insert into council_report_introduction (body_id, period, text, updated_by) values ("
                    + body + ", '2022-2026', 'In deze raadsperiode adviseerde de raad vaak over armoede.', 'beleid')");
            statement.execute("insert into workflow_setting (check_required, approver_role, college_decision_required) "
                    + "values (true, 'MANAGER', false)");
            statement.execute(
                    "insert into calendar_token (user_id, token_hash) values (" + user + ", repeat('c', 64))");
            statement.execute(
                    "insert into advice_lead (advice_id, lead_official_id) values (" + advice + ", " + user + ")");
            statement.execute("insert into point_assignment (point_id, advice_id, assignee_id, internal_due_on, "
                    + "assigned_by_id) select id, advice_id, " + user + ", date '2024-02-20', " + user
                    + " from point where advice_id = " + advice + " order by position limit 1");
            statement.execute("insert into internal_note (advice_id, author_user_id, author_name, text) values ("
                    + advice + ", " + user + ", 'Beleid', 'Kijk jij mee, @beleid?')");
            statement.execute("insert into internal_note_revision (note_id, text, replaced_by) values ("
                    + "(select max(id) from internal_note), 'Kijk mee', 'beleid')");
            statement.execute("insert into notice (recipient_user_id, kind, text, link, dedup_key, mail) values ("
                    + user + ", 'MENTIONED', 'Beleid noemde u', '/advices/" + advice + "', 'round-trip-1', 'NOW')");
            statement.execute(
                    "insert into notice_setting (user_id, kind, mail) values (" + user + ", 'MENTIONED', 'DIGEST')");
            statement.execute("insert into mail_outbox (kind, subject_id, recipient, period, subject, text, "
                    + "attachment_name, attachment) values ('BODY_SENT', " + advice + ", 'raad@example.org', "
                    + "'verzonden', 'Antwoord', 'De brief.', 'brief.pdf', '\\x255044'::bytea)");
            statement.execute("insert into password_token (user_id, purpose, token_hash, expires_at) values (" + user
                    + ", 'RESET', repeat('d', 64), now() + interval '1 hour')");
            statement.execute("insert into login_challenge (token_hash, user_id, purpose, next, expires_at) values "
                    + "(repeat('e', 64), " + user + ", 'CODE', '/advices', now() + interval '5 minutes')");
            statement.execute("insert into retention_period (record_kind, amount, unit, basis, updated_by) values "
                    + "('SESSION', 3, 'MONTHS', 'Sessies: drie maanden', 'beheer') on conflict do nothing");
            statement.execute("insert into destruction_approval (record_kind, record_key, approved_by) values "
                    + "('MAIL_LOG', '2020-01', 'manager')");
            statement.execute("insert into destruction_record (record_kind, record_key, reference, period, "
                    + "eligible_since, approved_by, approved_at, destroyed_by, rows_destroyed) values "
                    + "('MAIL_LOG', '2019-12', 'Maillog december 2019', 'Maillog: 2 jaar', date '2022-01-01', "
                    + "'manager', now(), 'manager', 3)");
            statement.execute("insert into redaction (advice_id, found_text, kind, status, decided_by) values ("
                    + advice + ", 'jan@example.org', 'EMAIL', 'ACCEPTED', 'beleid')");
            statement.execute("insert into body_verdict_visibility (body_id, verdicts_public, changed_by) values ("
                    + body + ", true, 'asdg')");
            statement.execute("insert into response_verdict (advice_id, response_id, judgement, explanation, given_by) "
                    + "select advice_id, id, 'PARTLY', 'Deels tevreden.', 'asdg' from response "
                    + "where organisation_id = current_organisation() order by id limit 1");
            statement.execute(
                    "insert into point_repeat_decision (advice_id, point_id, earlier_point_id, decision, decided_by) "
                            + "select advice_id, max(id), min(id), 'CONFIRMED', 'beleid' from point "
                            + "where organisation_id = current_organisation() group by advice_id having count(*) > 1 "
                            + "order by advice_id limit 1");
            statement.execute("insert into intake_upload (id, filename, content_type, bytes, size, uploaded_by) values "
                    + "(gen_random_uuid(), 'advies.txt', 'text/plain', 'aap'::bytea, 3, " + user + ")");
            statement.execute(
                    "insert into advice_document (advice_id, filename, content_type, bytes, size, uploaded_by, uploaded_at) "
                            + "values (" + advice
                            + ", 'advies.docx', 'application/octet-stream', '\\x504b0304'::bytea, 4, " + user
                            + ", now())");
        }
    }

    @Test
    void aRestoredBackupHoldsEveryRowAndSequenceAndTakesNewRows() throws Exception {
        Map<String, String> tables = DatabaseContent.tables(source);
        assertThat(tables)
                .as("every table has rows, so the round trip covers it: fill a new table above")
                .allSatisfy((table, content) -> assertThat(content).doesNotStartWith("0 rows"));
        Map<String, String> sequences = DatabaseContent.sequences(source);
        Path file = dir.resolve("round-trip.zip");

        Run backup = Run.tool("backup", file, source);
        assertThat(backup.status()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backed up to", "rows");
        BackupManifest manifest = Restore.read(file);
        assertThat(manifest.tables())
                .extracting(BackupManifest.TableContent::name)
                .containsExactlyInAnyOrderElementsOf(tables.keySet().stream()
                        .filter(t -> !isMigrationBookkeeping(t) && !isDerived(t))
                        .toList())
                .containsSubsequence("organisation", "advisory_body", "advice", "point")
                .doesNotContain("databasechangelog");
        assertThat(manifest.changesets()).isEqualTo(DatabaseContent.rows(source, "databasechangelog"));

        String target = EmbeddedPostgresServer.jdbcUrl(embedded); // a new database, without even a schema
        Run restore = Run.tool("restore", file, target);
        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(DatabaseContent.rows(target, "organisation"))
                .as("both organisations")
                .isEqualTo(2);
        assertThat(restore.out()).contains("Restored", manifest.totalRows() + " rows");

        assertThat(DatabaseContent.tables(target)).isEqualTo(tables);
        assertThat(DatabaseContent.sequences(target)).isEqualTo(sequences);
        assertThat(DatabaseContent.tables(source))
                .as("the backup changed nothing")
                .isEqualTo(tables);

        long lastAdvice = DatabaseContent.max(target, "advice", "id");
        try (EmbeddedServer restored = ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "datasources.default.url",
                                target,
                                "datasources.default.username",
                                EmbeddedPostgresServer.USER,
                                "adviestracker.demo-data",
                                "false"));
                HttpClient client = HttpClient.create(restored.getURL())) {
            Api member = Accounts.logIn(client, "asdg", "demo");
            long body = ((Number) member.get("/api/me").at("bodyId")).longValue();
            Api.Answer created = member.post(
                    "/api/advices",
                    Map.of(
                            "bodyId",
                            body,
                            "subject",
                            "Na het terugzetten",
                            "kind",
                            "UNSOLICITED",
                            "receivedOn",
                            "2024-10-01",
                            "points",
                            List.of(Map.of("label", "1", "text", "Werkt het nog?", "kind", "QUESTION"))));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.id()).isGreaterThan(lastAdvice);
        }
    }

    @Test
    void aRestoreIntoADatabaseWithDataIsRefusedAndChangesNothing() throws Exception {
        Path file = dir.resolve("full.zip");
        assertThat(Run.tool("backup", file, source).status()).isZero();
        Map<String, String> before = DatabaseContent.tables(source);

        Run refused = Run.tool("restore", file, source);

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("The database is not empty", "advice (", "nothing was restored");
        assertThat(DatabaseContent.tables(source)).isEqualTo(before);
    }

    @Test
    void aBackupOfAnotherSchemaVersionIsRefusedWithBothVersions() throws Exception {
        Path file = dir.resolve("versions.zip");
        assertThat(Run.tool("backup", file, source).status()).isZero();
        Path older = rewrite(
                file,
                dir.resolve("older.zip"),
                "manifest.properties",
                text -> text.replaceFirst("liquibase.changesets=\\d+", "liquibase.changesets=6")
                        .getBytes(StandardCharsets.ISO_8859_1));
        String target = EmbeddedPostgresServer.jdbcUrl(embedded);

        Run refused = Run.tool("restore", older, target);

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err())
                .contains(
                        "made of a database with 6 schema changes",
                        "this database has " + DatabaseContent.rows(target, "databasechangelog"),
                        "Nothing was restored");
        assertThat(DatabaseContent.rows(target, "advice")).isZero();
    }

    @Test
    void aDamagedBackupLoadsNothingAndTheSameDatabaseTakesTheGoodOneAfterwards() throws Exception {
        Path file = dir.resolve("damage.zip");
        assertThat(Run.tool("backup", file, source).status()).isZero();
        Path damaged = rewrite(
                file,
                dir.resolve("damaged.zip"),
                "data/followup_note.copy",
                text -> text.substring(0, text.length() / 2).getBytes(StandardCharsets.ISO_8859_1));
        String target = EmbeddedPostgresServer.jdbcUrl(embedded);

        Run refused = Run.tool("restore", damaged, target);

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("Could not load table followup_note", "nothing was restored");
        assertThat(DatabaseContent.tables(target)).allSatisfy((table, content) -> {
            if (table.equals("organisation")) {
                assertThat(content)
                        .as("only the default organisation the migration made")
                        .startsWith("1 rows");
            } else if (!isMigrationBookkeeping(table)) {
                assertThat(content).as(table).startsWith("0 rows");
            }
        });
        Run restored = Run.tool("restore", file, target);
        assertThat(restored.status()).as(restored.err()).isZero();
        assertThat(DatabaseContent.tables(target)).isEqualTo(DatabaseContent.tables(source));
    }

    @Test
    void theToolExplainsItsArgumentsAndNeverOverwritesAFile() throws IOException {
        Run wrong = Run.tool(new String[] {"dump"}, Map.of());
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).contains("usage: BackupTool backup <file.zip>");

        Path existing = Files.writeString(dir.resolve("existing.zip"), "keep me");
        Run refused = Run.tool("backup", existing, source);
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("exists already");
        assertThat(Files.readString(existing)).isEqualTo("keep me");

        Run missing = Run.tool("restore", dir.resolve("missing.zip"), source);
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("No backup file");
    }

    private static long pointId(List<?> points, int index) {
        return ((Number) ((Map<?, ?>) points.get(index)).get("id")).longValue();
    }

    /** A copy of a backup with one entry changed. */
    private static Path rewrite(Path from, Path to, String name, java.util.function.Function<String, byte[]> change)
            throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
                OutputStream out = Files.newOutputStream(to);
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(name)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.ISO_8859_1));
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        return to;
    }

    /** One run of the command-line tool against a database, with what it printed. */
    record Run(int status, String out, String err) {

        static Run tool(String command, Path file, String jdbcUrl) {
            return tool(
                    new String[] {command, file.toString()},
                    Map.of(
                            "datasources.default.url",
                            jdbcUrl,
                            "datasources.default.username",
                            EmbeddedPostgresServer.USER,
                            "datasources.default.password",
                            ""));
        }

        static Run tool(String[] args, Map<String, Object> properties) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = BackupTool.run(
                    args,
                    properties,
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** Counted by triggers from other tables: not in the backup, rebuilt as the restore loads those. */
    private static boolean isDerived(String table) {
        return Set.of(
                        "advice_stance_tally",
                        "body_stance_total",
                        "theme_stance_total",
                        "advice_quarter_tally",
                        "open_followup_tally",
                        "station_wait")
                .contains(table);
    }

    /** Liquibase's tables and the changelog fingerprint belong to the schema, not to the data a backup holds. */
    private static boolean isMigrationBookkeeping(String table) {
        return table.startsWith("databasechangelog") || table.equals("schema_fingerprint");
    }
}
