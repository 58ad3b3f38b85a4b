package nl.adviestracker.repeat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * An earlier point of the same body that a point may repeat, with what the college answered to it.
 *
 * @param score how alike the two points are (0 to 1; see {@code RepeatMeasure}); null for a confirmed
 *     link that no longer reaches the threshold
 * @param stance the college's stance on the earlier point; null when not answered or not yet visible to
 *     the user (members see only answers that were sent)
 * @param followUps how many follow-ups the answer to it promised (0 when not visible)
 * @param decision staff's decision on the pair; null while it is only a hint
 */
@Serdeable
public record EarlierPoint(
        long pointId,
        long adviceId,
        String subject,
        LocalDate receivedOn,
        String label,
        String text,
        @Nullable Double score,
        @Nullable String stance,
        int followUps,
        @Nullable Decision decision) {

    public int year() {
        return receivedOn.getYear();
    }
}
