package nl.adviestracker.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a follow-up's moved date reads: the first date, then each move with when, who and why. */
class DueDateHistoryTest {

    private static final Map<String, String> NAMES = Map.of("jjansen", "J. Jansen", "pdevries", "P. de Vries");

    private static FollowUpDueDateMove move(String from, String to, String reason, String by, String at) {
        return new FollowUpDueDateMove(
                null,
                7L,
                LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                reason,
                by,
                Instant.parse(at));
    }

    @Test
    void neverMovedHasNoHistory() {
        assertThat(DueDateHistory.of(List.of(), NAMES::get)).isNull();
    }

    @Test
    void eachMoveReadsWithItsDayPersonAndReasonAfterTheFirstDate() {
        DueDateHistory history = DueDateHistory.of(
                List.of(
                        move(
                                "2026-03-01",
                                "2026-06-01",
                                "De aanbesteding liep uit.",
                                "jjansen",
                                "2026-02-03T09:00:00Z"),
                        // 23:30 UTC is the next day in Amsterdam
                        move("2026-06-01", null, "Hangt af van het rijk", "pdevries", "2026-05-10T23:30:00Z")),
                NAMES::get);

        assertThat(history.count()).isEqualTo(2);
        assertThat(history.sentence())
                .isEqualTo(
                        "Oorspronkelijk 1 maart 2026; verschoven naar 1 juni 2026 op 3 februari 2026 door J. Jansen: "
                                + "De aanbesteding liep uit; datum losgelaten op 11 mei 2026 door P. de Vries: Hangt af van het rijk");
    }

    @Test
    void withoutNamesNobodyIsNamed() {
        DueDateHistory history = DueDateHistory.of(
                List.of(move("2026-03-01", "2026-06-01", "Jan Jansen is ziek", "jjansen", "2026-02-03T09:00:00Z")),
                null);

        assertThat(history.mapReasons(r -> r.replace("Jan Jansen", "[naam]")).sentence())
                .isEqualTo(
                        "Oorspronkelijk 1 maart 2026; verschoven naar 1 juni 2026 op 3 februari 2026: [naam] is ziek");
    }
}
