package nl.adviestracker.letter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored letter as lists show it; its HTML, PDF and DOCX are fetched separately.
 *
 * @param kind {@code REPLY} (the reply letter and its drafts) or {@code SUPPLEMENT} (a supplementary letter)
 */
@Serdeable
public record LetterVersion(
        long id,
        long adviceId,
        int number,
        boolean isFinal,
        @Nullable String ourReference,
        @Nullable LocalDate letterDate,
        String createdBy,
        Instant createdAt,
        String kind) {

    public static final String REPLY = "REPLY";
    public static final String SUPPLEMENT = "SUPPLEMENT";
}
