package nl.adviestracker.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A correction of, or a supplement to, a response whose letter is final: the sent response stays as it
 * was, and this record says what holds from {@code correctedOn}, who decided it and why. It goes to the body
 * in a supplementary letter; {@code letterVersionId} is that letter once it is final.
 *
 * @param stance the stance from now on (a correction); null: the stance as sent (a supplement)
 * @param reason the reason for a departing stance (Awb 3:50)
 * @param why why the sent response is corrected or supplemented
 */
@Serdeable
public record Correction(
        long id,
        long adviceId,
        long responseId,
        CorrectionKind kind,
        @Nullable Stance stance,
        String text,
        @Nullable String reason,
        String why,
        LocalDate correctedOn,
        String createdBy,
        Instant createdAt,
        @Nullable Long letterVersionId) {

    /** Sent to the body in a final supplementary letter. */
    public boolean sent() {
        return letterVersionId != null;
    }
}
