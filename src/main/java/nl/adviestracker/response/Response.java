package nl.adviestracker.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The college's answer (reactie) to one or more points of one advice.
 *
 * @param paraphrase what the body asked, in the college's short words; it opens the letter's paragraph
 * @param reason why the college departs from the advice; required for every stance but ADOPTED
 */
@Serdeable
@MappedEntity("response")
public record Response(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long adviceId,
        Stance stance,
        @Nullable String paraphrase,
        String text,
        @Nullable String reason,
        @Version @Nullable Integer version,

        @DateCreated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant createdAt,

        @DateUpdated(truncatedTo = ChronoUnit.MICROS) @Nullable
        Instant updatedAt) {

    public boolean lacksRequiredReason() {
        return stance.requiresReason() && (reason == null || reason.isBlank());
    }
}
