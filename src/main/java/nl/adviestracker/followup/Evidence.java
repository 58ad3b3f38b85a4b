package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * Evidence as it is listed: a document's content is not included, {@code documentPath} downloads it.
 *
 * @param description what it is: "Collegebesluit 12 maart 2025, kenmerk 1234567"
 */
@Serdeable
public record Evidence(
        long id,
        long followupId,
        EvidenceKind kind,
        String description,
        @Nullable String url,
        @Nullable String fileName,
        @Nullable String contentType,
        @Nullable String documentPath,
        String addedBy,
        Instant addedAt,
        boolean shownInPublic) {}
