package nl.adviestracker.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import nl.adviestracker.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database alone keeps organisations apart: queries written without any organisation filter, sent
 * over plain JDBC as the service's role, see and write only the organisation the connection is set to.
 */
@MicronautTest(transactional = false)
class RowLevelSecurityIT {

    @Inject
    ApplicationContext context;

    long assen;
    long groningenAdvice;
    long assenAdvice;

    @BeforeEach
    void twoOrganisationsWithAnAdviceEach() throws SQLException {
        try (Connection owner = connect("owner")) {
            assen = Sql.id(
                    owner,
                    "insert into organisation (name, slug, college_name) values ('Gemeente Assen " + System.nanoTime()
                            + "', 'assen-" + System.nanoTime()
                            + "', 'burgemeester en wethouders van Assen') returning id");
            groningenAdvice = advice(owner, 1, "Groningen");
            assenAdvice = advice(owner, assen, "Assen");
        }
    }

    private static long advice(Connection owner, long organisation, String name) throws SQLException {
        long body = Sql.id(
                owner,
                "insert into advisory_body (organisation_id, name, short_name) values (" + organisation
                        + ", 'Adviesraad " + name + " " + System.nanoTime() + "', 'AR" + System.nanoTime() % 100000
                        + "') returning id");
        return Sql.id(
                owner,
                "insert into advice (organisation_id, body_id, subject, kind, received_on, response_due_on,"
                        + " status) values (" + organisation + ", " + body + ", 'Advies " + name
                        + "', 'SOLICITED', date '2024-02-02', date '2024-03-15', 'RECEIVED') returning id");
    }

    @Test
    void aQueryWithoutOrganisationFilterSeesOnlyTheOrganisationOfTheConnection() throws SQLException {
        try (Connection app = connect("default")) {
            setOrganisation(app, assen);
            assertThat(ids(app, "select id from advice")).containsExactly(assenAdvice);
            assertThat(ids(app, "select id from advice where id = " + groningenAdvice))
                    .isEmpty();
            assertThat(ids(app, "select a.id from advice a join advisory_body b on b.id = a.body_id"))
                    .containsExactly(assenAdvice);
            setOrganisation(app, 1);
            assertThat(ids(app, "select id from advice"))
                    .contains(groningenAdvice)
                    .doesNotContain(assenAdvice);
        }
    }

    @Test
    void withoutAnOrganisationNothingIsVisibleAndNothingCanBeWritten() throws SQLException {
        try (Connection app = connect("default")) {
            assertThat(ids(app, "select id from advice")).isEmpty();
            assertThat(ids(app, "select id from advisory_body")).isEmpty();
            assertThatThrownBy(() ->
                            Sql.exec(app, "insert into owner_address (owner, email) values ('X', 'x@example.org')"))
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void rowsOfAnotherOrganisationCanBeNeitherWrittenNorChanged() throws SQLException {
        try (Connection app = connect("default")) {
            setOrganisation(app, assen);
            assertThatThrownBy(
                            () -> Sql.exec(
                                    app,
                                    "insert into owner_address (organisation_id, owner, email) values (1, 'X', 'x@example.org')"))
                    .hasMessageContaining("row-level security");
            Sql.exec(app, "update advice set subject = 'overschreven' where id = " + groningenAdvice);
            assertThatThrownBy(() -> Sql.exec(app, "update advice set organisation_id = 1 where id = " + assenAdvice))
                    .hasMessageContaining("row-level security");
        }
        try (Connection owner = connect("owner")) {
            assertThat(ids(
                            owner,
                            "select id from advice where subject = 'Advies Groningen' and id = " + groningenAdvice))
                    .containsExactly(groningenAdvice);
        }
    }

    /**
     * The search's matches are found by {@code search_hits}, which runs as the owner so that PostgreSQL
     * may read the full-text indexes: its own organisation filter must keep organisations apart as the
     * policies do, for every kind of hit.
     */
    @Test
    void searchFindsTheMatchesOfTheConnectionsOrganisationOnly() throws SQLException {
        String word = "klaverblad"
                + Long.toString(System.nanoTime(), 26)
                        .chars()
                        .mapToObj(digit -> String.valueOf((char) ('k' + Character.digit(digit, 26) % 16)))
                        .collect(Collectors.joining());
        try (Connection owner = connect("owner")) {
            for (long advice : List.of(groningenAdvice, assenAdvice)) {
                everyKindMentions(owner, advice, word);
            }
        }
        String hits = "select kind, advice_id from search_hits(to_tsquery('dutch', '" + word
                + "'), null, null, null, null, null, null, null, false, 1000) order by kind";
        try (Connection app = connect("default")) {
            setOrganisation(app, assen);
            assertThat(names(app, hits))
                    .containsExactly("0 " + assenAdvice, "1 " + assenAdvice, "2 " + assenAdvice, "3 " + assenAdvice);
            setOrganisation(app, 1);
            assertThat(names(app, hits))
                    .containsExactly(
                            "0 " + groningenAdvice,
                            "1 " + groningenAdvice,
                            "2 " + groningenAdvice,
                            "3 " + groningenAdvice);
            Sql.exec(app, "reset app.organisation_id");
            assertThat(names(app, hits)).as("without an organisation").isEmpty();
        }
    }

    private static void everyKindMentions(Connection owner, long advice, String word) throws SQLException {
        Sql.exec(owner, "update advice set subject = subject || ' over het " + word + "' where id = " + advice);
        long point = Sql.id(
                owner,
                "insert into point (organisation_id, advice_id, position, label, text, kind)"
                        + " select organisation_id, id, 1, '1', 'Het " + word + " verdient aandacht', 'RECOMMENDATION'"
                        + " from advice where id = " + advice + " returning id");
        long response = Sql.id(
                owner,
                "insert into response (organisation_id, advice_id, stance, text) select organisation_id, id,"
                        + " 'ADOPTED', 'Wij nemen het " + word + " over' from advice where id = " + advice
                        + " returning id");
        Sql.exec(
                owner,
                "insert into response_point (organisation_id, point_id, response_id, advice_id) select organisation_id, "
                        + point + ", " + response + ", id from advice where id = " + advice);
        Sql.exec(
                owner,
                "insert into followup (organisation_id, response_id, advice_id, description, owner) select"
                        + " organisation_id, " + response + ", id, 'Het " + word + " uitwerken', 'beleid'"
                        + " from advice where id = " + advice);
    }

    @Test
    void theServiceRoleIsBoundByThePolicies() throws SQLException {
        try (Connection app = connect("default");
                var rows = app.createStatement()
                        .executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            rows.next();
            assertThat(rows.getBoolean(1)).as("superuser").isFalse();
            assertThat(rows.getBoolean(2)).as("bypassrls").isFalse();
        }
        try (Connection owner = connect("owner")) {
            List<Long> unprotected = ids(owner, """
                    select c.oid::bigint from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    join pg_attribute a on a.attrelid = c.oid and a.attname = 'organisation_id'
                    where n.nspname = current_schema() and c.relkind = 'r'
                      and (not c.relrowsecurity or not exists (select 1 from pg_policy p where p.polrelid = c.oid))""");
            assertThat(unprotected)
                    .as("tables with organisation_id but no row-level policy")
                    .isEmpty();
            List<String> neither = names(owner, """
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = current_schema() and c.relkind = 'r'
                      and not exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'organisation_id')
                    order by 1""");
            assertThat(neither)
                    .as("tables without organisation_id: each must be shared by every organisation on purpose")
                    .containsExactlyInAnyOrderElementsOf(SHARED_TABLES);
        }
    }

    /**
     * A policy that names {@code current_organisation()} bare has it evaluated for every row a scan tests;
     * as a scalar subquery it is evaluated once per statement (changeset 421). Same meaning, so only a
     * test can keep a later table's policy from slipping back.
     */
    @Test
    void everyPolicyReadsTheOrganisationOncePerStatement() throws SQLException {
        try (Connection owner = connect("owner")) {
            List<String> perRow = names(owner, """
                    select tablename || '.' || policyname from pg_policies
                    where schemaname = current_schema()
                      and replace(coalesce(qual, '') || ' ' || coalesce(with_check, ''),
                                  '( SELECT current_organisation() AS current_organisation)', '')
                          like '%current_organisation()%'
                    order by 1""");
            assertThat(perRow)
                    .as("policies that evaluate current_organisation() per row: write (select current_organisation())")
                    .isEmpty();
            assertThat(names(
                            owner,
                            "select count(*) from pg_policies where schemaname = current_schema()"
                                    + " and qual like '%( SELECT current_organisation() AS current_organisation)%'"))
                    .singleElement()
                    .satisfies(count -> assertThat(Integer.parseInt(count)).isGreaterThan(50));
        }
    }

    /**
     * Tables every organisation shares: the organisations themselves, sign-in (sessions, failed logins,
     * calendar tokens and half-done logins waiting for the second factor are found by a secret or a username
     * before an organisation is known; they hold
     * hashes and user ids, never an organisation's data) and Liquibase's own.
     */
    static final List<String> SHARED_TABLES = List.of(
            "organisation",
            "user_session",
            "login_failure",
            "calendar_token",
            "login_challenge",
            "schema_fingerprint",
            "databasechangelog",
            "databasechangeloglock");

    /** Each row's columns joined by a space. */
    private static List<String> names(Connection connection, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                List<String> columns = new ArrayList<>();
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    columns.add(rows.getString(column));
                }
                names.add(String.join(" ", columns));
            }
        }
        return names;
    }

    private static void setOrganisation(Connection connection, long organisation) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("select set_config('app.organisation_id', '" + organisation + "', false)");
        }
    }

    private Connection connect(String dataSource) throws SQLException {
        DatasourceConfiguration configuration =
                context.getBean(DatasourceConfiguration.class, Qualifiers.byName(dataSource));
        Properties login = new Properties();
        login.setProperty("user", configuration.getUsername());
        login.setProperty("password", configuration.getPassword() == null ? "" : configuration.getPassword());
        return DriverManager.getConnection(configuration.getUrl(), login);
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
