package nl.adviestracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A gap in the numbering after merging and splitting is pointed out, sub-points and other labels are not. */
class NumberingGapsTest {

    @Test
    void aMissingPointAfterMergeAndSplitIsNamed() {
        assertThat(NumberingGaps.of(List.of("1", "2", "3", "3a", "5")))
                .containsExactly("Na punt 3a volgt punt 5: punt 4 ontbreekt.");
    }

    @Test
    void severalMissingPointsAreGivenAsARange() {
        assertThat(NumberingGaps.of(List.of("1", "5")))
                .containsExactly("Na punt 1 volgt punt 5: de punten 2 t/m 4 ontbreken.");
    }

    @Test
    void aContinuousNumberingWithSubPointsHasNoGap() {
        assertThat(NumberingGaps.of(List.of("1", "2", "2a", "2b", "3", "4"))).isEmpty();
    }

    @Test
    void romanAndLetterLabelsAreLeftAlone() {
        assertThat(NumberingGaps.of(List.of("I", "II", "IV", "A", "C"))).isEmpty();
    }
}
