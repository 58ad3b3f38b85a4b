package nl.adviestracker.verdict;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The body's verdicts as the advice page shows them, for staff and the body once the letter is sent.
 *
 * @param given how many responses have a verdict
 * @param mayGive whether this user can give or revise the body's verdict
 */
public record VerdictSummary(long adviceId, List<Line> lines, int given, int responses, boolean mayGive) {

    /** The current verdict on one response ({@code reference}: "punten 1 t/m 4"). */
    public record Line(
            long responseId,
            String reference,
            Judgement judgement,
            String judgementText,
            String explanation,
            boolean conversationWanted) {}

    public boolean none() {
        return given == 0;
    }

    /** Whether the page should show the box at all; null-safe for templates. */
    public static boolean shown(@Nullable VerdictSummary summary) {
        return summary != null;
    }
}
