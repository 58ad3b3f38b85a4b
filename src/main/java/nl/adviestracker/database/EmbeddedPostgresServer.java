package nl.adviestracker.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One embedded PostgreSQL per data directory and JVM, watched and restarted when its postmaster
 * dies ({@link SupervisedPostgres}). Application contexts that share a data directory (tests start
 * many) share the server; it stops when the JVM exits. A test can stop it and start it again on the
 * same port and data, as a database restart looks to the service.
 */
public final class EmbeddedPostgresServer {

    private static final Map<Path, SupervisedPostgres> SERVERS = new ConcurrentHashMap<>();

    public static final String USER = "postgres";
    public static final String APPLICATION_DATABASE = "adviestracker";

    private EmbeddedPostgresServer() {}

    /** Starts the server for this data directory if needed and returns the JDBC URL of a database to use. */
    public static String jdbcUrl(EmbeddedPostgresSettings settings) {
        Path dataDir = directory(settings.dataDir());
        SupervisedPostgres supervised = SERVERS.computeIfAbsent(
                dataDir, dir -> SupervisedPostgres.start(dir, settings.port(), settings.freshDatabase()));
        EmbeddedPostgres server = supervised.server();
        if (server == null) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDir + " is "
                    + supervised.status().state());
        }
        createRolesIfMissing(server, settings.appUsername());
        String database = settings.freshDatabase()
                ? "test_" + UUID.randomUUID().toString().replace("-", "")
                : APPLICATION_DATABASE;
        createDatabaseIfMissing(server, database);
        // without ?user=: the driver would prefer it to the data source's own username
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    /** The running server for a data directory, or null while it is stopped or restarting. */
    public static EmbeddedPostgres server(String dataDir) {
        SupervisedPostgres supervised = SERVERS.get(directory(dataDir));
        return supervised == null ? null : supervised.server();
    }

    /** The state of the server for a data directory; empty when this JVM started none there. */
    public static Optional<EmbeddedPostgresStatus> status(String dataDir) {
        return Optional.ofNullable(SERVERS.get(directory(dataDir))).map(SupervisedPostgres::status);
    }

    /** Stops the server of this data directory as an administrator would ({@code pg_ctl stop -m fast}). */
    static void stop(String dataDir) {
        supervised(dataDir).stop();
    }

    /** Starts a server stopped by {@link #stop} again, on the same port and with the same data. */
    static EmbeddedPostgres startAgain(String dataDir) {
        SupervisedPostgres supervised = supervised(dataDir);
        supervised.startAgain();
        return supervised.server();
    }

    private static SupervisedPostgres supervised(String dataDir) {
        SupervisedPostgres supervised = SERVERS.get(directory(dataDir));
        if (supervised == null) {
            throw new IllegalStateException("No embedded PostgreSQL was started in " + directory(dataDir));
        }
        return supervised;
    }

    private static Path directory(String dataDir) {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /**
     * The service's role ({@link ApplicationRole}) and the group that holds its grants. Roles belong to
     * the server, not to one database; the embedded server trusts connections from 127.0.0.1, so the
     * role has no password.
     */
    private static void createRolesIfMissing(EmbeddedPostgres server, String appUsername) {
        if (!appUsername.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException("Not a plain role name: " + appUsername);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin\n"
                    + "if not exists (select from pg_roles where rolname = '" + ApplicationRole.GROUP + "') then "
                    + "create role " + ApplicationRole.GROUP + " nologin; end if;\n"
                    + "if not exists (select from pg_roles where rolname = '" + appUsername + "') then "
                    + "create role " + appUsername + " login nosuperuser nobypassrls in role " + ApplicationRole.GROUP
                    + "; end if;\nend $$");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the application role " + appUsername, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server, String database) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }
}
