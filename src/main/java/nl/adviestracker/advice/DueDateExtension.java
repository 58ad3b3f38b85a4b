package nl.adviestracker.advice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One extension of the term to answer an advice: from which date to which, why, by whom. Never changed. */
@Serdeable
@MappedEntity("advice_due_date_extension")
public record DueDateExtension(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long adviceId,
        LocalDate previousDueOn,
        LocalDate newDueOn,
        String reason,
        String extendedBy,

        @DateCreated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant extendedAt) {}
