package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The last step of a follow-up: the body was told the outcome.
 *
 * @param letterPath where the letter sent is kept, when it was told by a letter made here
 */
@Serdeable
public record BodyInformed(
        LocalDate informedOn,
        InformMeans means,
        @Nullable String note,
        @Nullable String letterPath,
        String recordedBy,
        Instant recordedAt) {

    /** As stored for this follow-up; a letter made here is downloaded from its own path. */
    public static BodyInformed recorded(
            long followupId,
            LocalDate informedOn,
            InformMeans means,
            @Nullable String note,
            boolean hasLetter,
            String recordedBy,
            Instant recordedAt) {
        return new BodyInformed(
                informedOn,
                means,
                note,
                hasLetter ? "/api/followups/" + followupId + "/letter.pdf" : null,
                recordedBy,
                recordedAt);
    }
}
