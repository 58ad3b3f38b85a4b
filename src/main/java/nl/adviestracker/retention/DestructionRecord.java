package nl.adviestracker.retention;

import java.time.Instant;
import java.time.LocalDate;

/** What the organisation keeps of a destruction: never the content. */
public record DestructionRecord(
        long id,
        RecordKind kind,
        String key,
        String reference,
        String period,
        LocalDate eligibleSince,
        String approvedBy,
        Instant approvedAt,
        String destroyedBy,
        Instant destroyedAt,
        int rowsDestroyed) {}
