package nl.adviestracker.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** Every personal datum the tool holds about one account (AVG art. 15), as exported. */
@Serdeable
public record PersonalData(
        Instant exportedAt,
        Account account,
        List<Session> sessions,
        List<ApiToken> apiTokens,
        @Nullable CalendarToken calendarToken,
        List<Mention> mentions,
        List<AuditEntry> auditEntries,
        List<Mail> remindersSent,
        List<String> ownerAddresses,
        long failedLogins) {

    @Serdeable
    public record Account(
            long id,
            String username,
            String name,
            String email,
            String role,
            @Nullable String body,
            boolean active,
            Instant createdAt,
            Instant updatedAt) {}

    /** A login session: when it started and ends (the token itself is only stored as a hash). */
    @Serdeable
    public record Session(Instant createdAt, Instant expiresAt) {}

    @Serdeable
    public record ApiToken(
            String name,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {}

    @Serdeable
    public record CalendarToken(Instant createdAt, @Nullable Instant lastUsedAt) {}

    /** Records that name the person as their author or owner: where, and how many. */
    @Serdeable
    public record Mention(String where, long count) {}

    /** A change the person made, as the audit log holds it (without the changed content). */
    @Serdeable
    public record AuditEntry(Instant occurredAt, String action, String entity, long entityId) {}

    @Serdeable
    public record Mail(String kind, String period, Instant sentAt) {}
}
