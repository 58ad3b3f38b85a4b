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
        boolean shownInPublic) {

    /** Evidence as stored, listed: a document is downloaded from its own path, its content is not read here. */
    public static Evidence listed(
            long id,
            long followupId,
            EvidenceKind kind,
            String description,
            @Nullable String url,
            @Nullable String fileName,
            @Nullable String contentType,
            String addedBy,
            Instant addedAt,
            boolean shownInPublic) {
        return new Evidence(
                id,
                followupId,
                kind,
                description,
                url,
                fileName,
                contentType,
                kind == EvidenceKind.DOCUMENT ? "/api/followups/" + followupId + "/evidence/" + id + "/document" : null,
                addedBy,
                addedAt,
                shownInPublic);
    }
}
