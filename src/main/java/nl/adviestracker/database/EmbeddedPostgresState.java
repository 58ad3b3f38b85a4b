package nl.adviestracker.database;

/** Where the embedded PostgreSQL stands, as the health endpoint shows it. */
public enum EmbeddedPostgresState {
    /** Accepts connections. */
    RUNNING,
    /** Its postmaster died; the supervisor starts it again. */
    RESTARTING,
    /** Stopped on purpose (shutdown, an administrator's {@code pg_ctl stop}, a test). */
    STOPPED,
    /** Did not come back after every restart attempt; the service must be restarted. */
    FAILED
}
