package nl.adviestracker.repeat;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Staff confirm or dismiss that {@code pointId} of this advice repeats {@code earlierPointId}. */
@Serdeable
public record DecisionInput(
        @NotNull Long pointId,
        @NotNull Long earlierPointId,
        @NotNull Decision decision) {}
