package nl.adviestracker.verdict;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Whether the body's verdicts show on the public pages of its published advices; private until it chooses. */
@Serdeable
public record VerdictSetting(@NotNull Boolean verdictsPublic) {}
