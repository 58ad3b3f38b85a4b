package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A commitment made in a response (toezegging), open until it is done and the body is told.
 *
 * @param owner the department or person who must deliver it
 * @param dueOn may be absent: real commitments often have no date, and are listed apart
 */
@Serdeable
@MappedEntity("followup")
public record FollowUp(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long responseId,
        Long adviceId,
        String description,
        String owner,
        @Nullable LocalDate dueOn,
        FollowUpStatus status,
        @Version @Nullable Integer version,

        @DateCreated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant createdAt,

        @DateUpdated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant updatedAt) {

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueOn != null && dueOn.isBefore(today);
    }
}
