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

/**
 * One move of a follow-up's due date: from which date to which (none: the date was let go), why, by whom
 * and when. Never changed; written only by {@link FollowUps#update} after {@link FollowUp#withDueOn}.
 */
@Serdeable
@MappedEntity("followup_due_date_move")
public record FollowUpDueDateMove(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long followupId,
        LocalDate previousDueOn,
        @Nullable LocalDate newDueOn,
        String reason,
        String movedBy,

        @DateCreated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant movedAt) {}
