package nl.adviestracker.publication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Staff made an answered advice and the college's responses public, from {@code publishedOn} on,
 * until they withdraw it. A withdrawn publication stays on record.
 */
@Serdeable
@MappedEntity("publication")
public record Publication(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long adviceId,
        LocalDate publishedOn,
        Instant publishedAt,
        String publishedBy,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawnBy,
        @Version @Nullable Integer version) {

    public boolean inForce() {
        return withdrawnAt == null;
    }

    Publication withdrawn(Instant when, String by) {
        return new Publication(id, adviceId, publishedOn, publishedAt, publishedBy, when, by, version);
    }
}
