package nl.adviestracker.database;

import java.time.Instant;

/**
 * The embedded PostgreSQL's state for the health endpoint.
 *
 * @param state where it stands
 * @param since when it got there
 * @param restarts how often the supervisor started it again after its postmaster died
 */
public record EmbeddedPostgresStatus(EmbeddedPostgresState state, Instant since, int restarts) {}
