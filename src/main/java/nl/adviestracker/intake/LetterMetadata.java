package nl.adviestracker.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * What the letterhead of the advice says, each null when not found.
 *
 * @param date the date of the advice letter
 * @param theirReference the advisory body's own reference ("ons kenmerk" in their letter, "uw kenmerk" in our reply)
 * @param subject the subject ("onderwerp", "betreft")
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LetterMetadata(
        @Nullable LocalDate date,
        @Nullable String theirReference,
        @Nullable String subject) {}
