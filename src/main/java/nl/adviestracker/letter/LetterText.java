package nl.adviestracker.letter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What staff write around the responses of one advice's reply letter. Absent parts take the
 * defaults of {@link LetterTexts}.
 *
 * @param attachments one title per line
 */
@Serdeable
@MappedEntity("letter_text")
public record LetterText(
        @Id Long adviceId,
        @Nullable String subject,
        @Nullable String salutation,
        @Nullable String opening,
        @Nullable String closing,
        @Nullable String phone,
        @Nullable String attachments,
        @Version @Nullable Integer version,

        @DateUpdated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant updatedAt) {}
