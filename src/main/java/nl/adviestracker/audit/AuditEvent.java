package nl.adviestracker.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One recorded write. {@code before} and {@code after} are the entity as JSON text. */
@Serdeable
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String entity,
        long entityId,
        @Nullable String before,
        @Nullable String after) {}
