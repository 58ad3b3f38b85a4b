package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.adviestracker.shared.ProblemException;

/** A step on the way to keeping a promise, planned for a date; reached once, on the day it was. */
@Serdeable
@MappedEntity("followup_milestone")
public record Milestone(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long followupId,
        String description,
        LocalDate plannedOn,
        @Nullable LocalDate reachedOn,
        String createdBy,

        @DateCreated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant createdAt,

        @Version @Nullable Integer version) {

    public boolean reached() {
        return reachedOn != null;
    }

    /** Records that the milestone was reached on that day, which cannot lie ahead of today. */
    Milestone reach(LocalDate on, LocalDate today) {
        if (reached()) {
            throw ProblemException.conflict("Deze mijlpaal is al bereikt.");
        }
        if (on.isAfter(today)) {
            throw ProblemException.invalid("reachedOn", "een mijlpaal kan niet in de toekomst bereikt zijn");
        }
        return new Milestone(id, followupId, description, plannedOn, on, createdBy, createdAt, version);
    }
}
