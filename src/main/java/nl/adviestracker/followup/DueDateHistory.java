package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.adviestracker.shared.DutchDates;

/**
 * A follow-up's due date as staff, the body and the public read its history: "Oorspronkelijk 1 maart 2026;
 * verschoven naar 1 juni 2026 op 3 februari 2026 door J. Jansen: de aanbesteding liep uit".
 *
 * @param firstDueOn the date first promised
 * @param moves each move, oldest first
 */
public record DueDateHistory(LocalDate firstDueOn, List<Move> moves) {

    /** One move; {@code by} is absent where names are not shown (the public page). */
    public record Move(
            LocalDate movedOn,
            @Nullable LocalDate to,
            String reason,
            @Nullable String by) {

        public String sentence() {
            return (to == null ? "datum losgelaten" : "verschoven naar " + DutchDates.format(to))
                    + " op " + DutchDates.format(movedOn)
                    + (by == null ? "" : " door " + by)
                    + ": " + reason.strip().replaceAll("[.\\s]+$", "");
        }
    }

    /**
     * The history of these moves (oldest first), or null when the date was never moved.
     *
     * @param nameOf a person's name for a username; null to leave out who moved it
     */
    public static @Nullable DueDateHistory of(
            List<FollowUpDueDateMove> moves, @Nullable Function<String, String> nameOf) {
        if (moves.isEmpty()) {
            return null;
        }
        List<Move> lines = new ArrayList<>();
        for (FollowUpDueDateMove move : moves) {
            lines.add(new Move(
                    move.movedAt() == null ? LocalDate.now(DutchDates.ZONE) : DutchDates.toLocalDate(move.movedAt()),
                    move.newDueOn(),
                    move.reason(),
                    nameOf == null ? null : nameOf.apply(move.movedBy())));
        }
        return new DueDateHistory(moves.get(0).previousDueOn(), List.copyOf(lines));
    }

    public int count() {
        return moves.size();
    }

    /** The whole history in one Dutch sentence. */
    public String sentence() {
        StringBuilder text = new StringBuilder("Oorspronkelijk ").append(DutchDates.format(firstDueOn));
        for (Move move : moves) {
            text.append("; ").append(move.sentence());
        }
        return text.toString();
    }

    /** The same history with each reason passed through {@code text} (the public page's redactions). */
    public DueDateHistory mapReasons(Function<String, String> text) {
        return new DueDateHistory(
                firstDueOn,
                moves.stream()
                        .map(m -> new Move(m.movedOn(), m.to(), text.apply(m.reason()), m.by()))
                        .toList());
    }
}
