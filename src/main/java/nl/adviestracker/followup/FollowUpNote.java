package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A dated progress note on a follow-up. Notes are only ever added. */
@Serdeable
@MappedEntity("followup_note")
public record FollowUpNote(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long followupId,
        LocalDate notedOn,
        String text,
        String author,

        @DateCreated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant createdAt) {}
