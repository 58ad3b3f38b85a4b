package nl.adviestracker.publication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import nl.adviestracker.shared.ProblemException;

/**
 * Staff's decision on one name or contact detail in an advice's texts: every occurrence of
 * {@code foundText} (ignoring case) is left out of the public view, the feed and the public API, or
 * shown as written. The stored texts never change.
 */
@Serdeable
@MappedEntity("redaction")
public record Redaction(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Long adviceId,
        String foundText,
        RedactionKind kind,
        RedactionStatus status,
        boolean byHand,
        String decidedBy,
        Instant decidedAt,
        @Version @Nullable Integer version) {

    /** Staff change their mind: the other decision, by whom and when. Deciding the same again is refused. */
    Redaction decide(RedactionStatus decision, String by, Instant at) {
        if (decision == status) {
            throw ProblemException.conflict("Over \"" + foundText + "\" is al zo besloten: " + status.dutch() + ".");
        }
        return new Redaction(id, adviceId, foundText, kind, decision, byHand, by, at, version);
    }

    public boolean accepted() {
        return status == RedactionStatus.ACCEPTED;
    }
}
