package nl.adviestracker.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running by a service that was killed ({@code kill -9}) keeps holding the data
 * directory, and a new one refuses to start there. Before the embedded server starts, the
 * {@code postmaster.pid} in its data directory tells whether such a server runs; if so it gets a
 * fast shutdown (it checkpoints, so nothing acknowledged is lost) and the new start goes on.
 */
final class StalePostmaster {

    private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);
    private static final long FAST_SHUTDOWN_MILLIS = 30_000;
    private static final long KILL_MILLIS = 10_000;

    private StalePostmaster() {}

    static void stopIfRunning(Path dataDir) throws InterruptedException {
        Optional<PostmasterPidFile> found = PostmasterPidFile.in(dataDir);
        if (found.isEmpty()) {
            return;
        }
        PostmasterPidFile file = found.get();
        Postmaster postmaster = new Postmaster(file.pid());
        if (!postmaster.isRunning()) {
            // PostgreSQL itself replaces a pid file whose process has ended (and refuses while old backends still
            // hold its shared memory); the file must stay for that check
            LOG.info("Found the postmaster.pid of an ended PostgreSQL (pid {}) in {}", file.pid(), dataDir);
            return;
        }
        if (postmaster.isPostgres() && holds(file, dataDir)) {
            LOG.warn(
                    "A PostgreSQL left by an earlier run (pid {}, port {}) still holds {}; stopping it (fast shutdown)",
                    file.pid(),
                    file.port(),
                    dataDir);
            long stopping = System.nanoTime();
            postmaster.askToStop();
            if (!postmaster.awaitEnd(FAST_SHUTDOWN_MILLIS)) {
                LOG.warn("PostgreSQL (pid {}) did not stop within {} ms; killing it", file.pid(), FAST_SHUTDOWN_MILLIS);
                postmaster.kill();
                if (!postmaster.awaitEnd(KILL_MILLIS)) {
                    throw new IllegalStateException("The PostgreSQL (pid " + file.pid() + ") that holds " + dataDir
                            + " does not stop; stop it by hand");
                }
            }
            LOG.info(
                    "The earlier PostgreSQL (pid {}) stopped in {} ms",
                    file.pid(),
                    (System.nanoTime() - stopping) / 1_000_000);
            return;
        }
        if (postmaster.isUnidentified()) {
            throw new IllegalStateException(dataDir.resolve(PostmasterPidFile.NAME) + " names process " + file.pid()
                    + ", which runs but cannot be identified (another user's?). Stop it if it is PostgreSQL on "
                    + dataDir + "; otherwise remove the file.");
        }
        // the pid now belongs to another program (pids are reused, e.g. after a reboot or in a new container):
        // PostgreSQL would refuse to start as long as that program runs, so the file is set aside
        Path aside = dataDir.resolve(PostmasterPidFile.NAME + ".stale");
        try {
            Files.move(dataDir.resolve(PostmasterPidFile.NAME), aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not set the stale " + PostmasterPidFile.NAME + " aside", e);
        }
        LOG.warn(
                "The postmaster.pid in {} names pid {}, which is now another program, not PostgreSQL on this data "
                        + "directory; moved it to {}",
                dataDir,
                file.pid(),
                aside.getFileName());
    }

    /**
     * Whether the server of the pid file works in this data directory: its working directory, where the
     * system shows it (Linux), else the directory the file names.
     */
    private static boolean holds(PostmasterPidFile file, Path dataDir) {
        Path cwd = Path.of("/proc", Long.toString(file.pid()), "cwd");
        try {
            return Files.isSameFile(cwd, dataDir);
        } catch (IOException | SecurityException e) {
            return file.belongsTo(dataDir);
        }
    }
}
