package nl.adviestracker.promise;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.DueDateExtension;

/**
 * The history of an answer's due date as the body and staff see it: the first date, each move with who
 * moved it, when and why, and the date in force. Nothing is moved quietly.
 */
public record DueDateMoves(LocalDate firstDueOn, LocalDate dueOn, List<Move> moves) {

    public record Move(
            LocalDate from,
            LocalDate to,
            String reason,
            String by,
            @Nullable Instant at) {}

    public int count() {
        return moves.size();
    }

    /** Null when the due date was never moved; {@code nameOf} turns who moved it into a person's name. */
    public static @Nullable DueDateMoves of(
            Advice advice, List<DueDateExtension> extensions, java.util.function.Function<String, String> nameOf) {
        if (extensions.isEmpty()) {
            return null;
        }
        return new DueDateMoves(
                extensions.get(0).previousDueOn(),
                advice.responseDueOn(),
                extensions.stream()
                        .map(e -> new Move(
                                e.previousDueOn(),
                                e.newDueOn(),
                                e.reason(),
                                nameOf.apply(e.extendedBy()),
                                e.extendedAt()))
                        .toList());
    }
}
