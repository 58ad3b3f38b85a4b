package nl.adviestracker.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What PostgreSQL writes to {@code postmaster.pid} in its data directory while it runs: the
 * postmaster's process id, its data directory and its port (the first, second and fourth line).
 * The file stays behind when the postmaster is killed.
 */
record PostmasterPidFile(long pid, Path dataDirectory, int port) {

    static final String NAME = "postmaster.pid";

    /** The file in this data directory, or empty when there is none or it is not (yet) complete. */
    static Optional<PostmasterPidFile> in(Path dataDirectory) {
        try {
            return parse(Files.readAllLines(dataDirectory.resolve(NAME)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not read " + dataDirectory.resolve(NAME), e);
        }
    }

    static Optional<PostmasterPidFile> parse(List<String> lines) {
        if (lines.size() < 4) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            if (pid <= 0) {
                return Optional.empty();
            }
            return Optional.of(new PostmasterPidFile(pid, Path.of(lines.get(1).trim()), port));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the file names this data directory (a copied directory keeps the original's path). */
    boolean belongsTo(Path directory) {
        return same(dataDirectory, directory);
    }

    private static boolean same(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
