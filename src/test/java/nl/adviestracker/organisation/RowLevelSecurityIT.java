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

    private static List<String> names(Connection connection, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                names.add(rows.getString(1));
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
