package nl.adviestracker.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A PostgreSQL server process, seen from outside: by its process id. */
record Postmaster(long pid) {

    /**
     * Whether the process runs. A killed postmaster whose parent (init) has not reaped it yet is a
     * zombie, which {@link ProcessHandle#isAlive()} still counts as alive.
     */
    boolean isRunning() {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isPresent() && process.get().isAlive() && !isZombie();
    }

    /** Whether the process runs the {@code postgres} program; false when that cannot be told. */
    boolean isPostgres() {
        return ProcessHandle.of(pid)
                .flatMap(process -> process.info().command())
                .map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .orElse(false);
    }

    /** Whether the program that runs under this pid cannot be told (another user's process). */
    boolean isUnidentified() {
        return ProcessHandle.of(pid)
                .map(process -> process.info().command().isEmpty())
                .orElse(false);
    }

    /**
     * Asks the postmaster for a fast shutdown (SIGINT: running transactions are rolled back, the
     * data is checkpointed); where {@code kill} is not at hand, SIGTERM (a smart shutdown).
     */
    void askToStop() {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (kill.waitFor() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill command (Windows): fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
    }

    void kill() {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    /** Waits until the process has ended, at most this many milliseconds; whether it ended. */
    boolean awaitEnd(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (isRunning()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private boolean isZombie() {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String line = Files.readString(stat);
            // "pid (command) S ...": the state follows the last parenthesis
            int end = line.lastIndexOf(')');
            return end > 0 && line.length() > end + 2 && line.charAt(end + 2) == 'Z';
        } catch (IOException e) {
            return false; // not Linux, or the process is gone
        }
    }
}
