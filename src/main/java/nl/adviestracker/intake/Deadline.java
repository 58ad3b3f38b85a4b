package nl.adviestracker.intake;

import java.time.Duration;

/** The moment reading one document must be done by; checked between pages and while OCR runs. */
record Deadline(long nanos, Duration budget) {

    static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos(), budget);
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, nanos - System.nanoTime()));
    }

    void check() {
        if (System.nanoTime() - nanos > 0) {
            throw IntakeProblems.tookTooLong(budget);
        }
    }
}
