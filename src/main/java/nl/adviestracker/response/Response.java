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
import nl.adviestracker.shared.ProblemException;

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

    /** Whether this stored response breaks the reason rule (rows stored before it held on every path). */
    public boolean lacksRequiredReason() {
        return reasonMissing(stance, reason);
    }

    /**
     * Awb 3:50, one rule on every path (API, screens, demo data): a stance that departs from the advice
     * cannot be saved without its reason. Refused as a problem on field {@code reason}.
     */
    public static void requireReason(Stance stance, @Nullable String reason) {
        if (reasonMissing(stance, reason)) {
            throw ProblemException.invalid("reason", reasonRequired(stance));
        }
    }

    /** Why {@link #requireReason} refuses: the same words on the screen and in the API's problem. */
    public static String reasonRequired(Stance stance) {
        return "is verplicht bij het standpunt '" + stance.dutch()
                + "': wie afwijkt van het advies, geeft de redenen (Awb 3:50)";
    }

    public static boolean reasonMissing(Stance stance, @Nullable String reason) {
        return stance.requiresReason() && (reason == null || reason.isBlank());
    }
}
