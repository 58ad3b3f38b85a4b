package nl.adviestracker.database;

import java.time.Duration;

/**
 * How long to wait before each attempt to start a crashed PostgreSQL again: doubling from
 * {@code first} up to {@code longest}, for at most {@code attempts} attempts.
 */
record RestartBackoff(Duration first, Duration longest, int attempts) {

    static final RestartBackoff DEFAULT = new RestartBackoff(Duration.ofMillis(250), Duration.ofSeconds(10), 8);

    RestartBackoff {
        if (first.isNegative() || longest.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException("Not a back-off: " + first + ", " + longest + ", " + attempts);
        }
    }

    /** The wait before attempt {@code attempt} (1 is the first). */
    Duration before(int attempt) {
        if (attempt < 1 || attempt > attempts) {
            throw new IllegalArgumentException("No attempt " + attempt + " of " + attempts);
        }
        Duration wait = first;
        for (int n = 1; n < attempt && wait.compareTo(longest) < 0; n++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
