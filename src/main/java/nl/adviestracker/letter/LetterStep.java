package nl.adviestracker.letter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One step a letter took on its route: from, to, who, when and (sent back) why. Never changed. */
@Serdeable
@MappedEntity("letter_step")
public record LetterStep(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long adviceId,
        LetterStation fromStation,
        LetterStation toStation,
        String actor,
        String actorName,
        @Nullable String comment,

        @DateCreated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant takenAt) {}
