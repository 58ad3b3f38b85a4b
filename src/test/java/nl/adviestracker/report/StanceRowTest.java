package nl.adviestracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.response.Stance;
import org.junit.jupiter.api.Test;

/** A stance chart of many groups shows those with the most answered points and the others together. */
class StanceRowTest {

    private static StanceRow group(String name, long adopted, long noted) {
        List<ReportRow.StanceShare> shares = new ArrayList<>();
        for (Stance stance : Stance.values()) {
            long points = stance == Stance.ADOPTED ? adopted : stance == Stance.NOTED ? noted : 0;
            shares.add(new ReportRow.StanceShare(
                    stance, stance.dutch(), points, QuarterTrend.share(points, adopted + noted)));
        }
        return new StanceRow(name, adopted + noted, shares);
    }

    @Test
    void fewGroupsAreAllShownInTheirOrder() {
        List<StanceRow> rows = List.of(group("B", 1, 0), group("A", 5, 5), group("C", 2, 2));

        assertThat(StanceRow.mostAnswered(rows, 2)).isSameAs(rows);
    }

    @Test
    void theGroupsBeyondTheTopAreSummedIntoOneRowWithTheirOwnShares() {
        List<StanceRow> rows =
                List.of(group("Klein", 1, 0), group("Groot", 8, 2), group("Midden", 3, 1), group("Mini", 0, 3));

        List<StanceRow> shown = StanceRow.mostAnswered(rows, 2);

        assertThat(shown).extracting(StanceRow::group).containsExactly("Groot", "Midden", "overige (2)");
        StanceRow rest = shown.get(2);
        assertThat(rest.answeredPoints()).isEqualTo(4);
        assertThat(rest.stances().get(Stance.ADOPTED.ordinal()).points()).isEqualTo(1);
        assertThat(rest.stances().get(Stance.ADOPTED.ordinal()).share()).isEqualTo(0.25);
        assertThat(rest.stances().get(Stance.NOTED.ordinal()).points()).isEqualTo(3);
        assertThat(rest.stances().get(Stance.NOTED.ordinal()).share()).isEqualTo(0.75);
    }

    @Test
    void groupsWithAsManyAnsweredPointsComeInTheOrderOfTheirNamesWhateverTheirCase() {
        List<StanceRow> rows =
                List.of(group("delta", 2, 0), group("Bravo", 2, 0), group("alfa", 2, 0), group("Charlie", 1, 0));

        assertThat(StanceRow.mostAnswered(rows, 2))
                .extracting(StanceRow::group)
                .containsExactly("alfa", "Bravo", "overige (2)");
    }
}
