package nl.adviestracker.verdict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The verdicts on one response.
 *
 * @param current the verdict in force; null while the body has given none
 * @param history every verdict on the response, oldest first (the current one last)
 */
@Serdeable
public record ResponseVerdicts(long responseId, @Nullable VerdictView current, List<VerdictView> history) {}
