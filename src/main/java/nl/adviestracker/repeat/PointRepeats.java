package nl.adviestracker.repeat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The repeats of one point of an advice.
 *
 * @param hints earlier points that look alike and that nobody has decided on yet, most alike first
 * @param thread the earlier points confirmed as the same point, also through the earlier points' own
 *     confirmed repeats, oldest first
 * @param summary the thread in one Dutch sentence ("Dit punt is eerder gemaakt in 2022 en 2024; ..."); null
 *     without a thread
 */
@Serdeable
public record PointRepeats(
        long pointId,
        String label,
        List<EarlierPoint> hints,
        List<EarlierPoint> thread,
        @Nullable String summary) {}
