package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One change of a follow-up's status: from, to, why, who and when. Never changed. */
@Serdeable
@MappedEntity("followup_transition")
public record FollowUpTransition(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long followupId,
        FollowUpStatus fromStatus,
        FollowUpStatus toStatus,
        @Nullable String reason,
        String actor,

        @DateCreated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant occurredAt) {}
