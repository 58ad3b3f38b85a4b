package nl.adviestracker.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The new-point form proposes the next number, and nothing where it cannot know it. */
class NextPointLabelTest {

    @Test
    void theFirstPointIsOne() {
        assertThat(NextPointLabel.after(List.of())).isEqualTo("1");
    }

    @Test
    void afterAMainOrSubPointComesTheNextMainNumber() {
        assertThat(NextPointLabel.after(List.of("1", "2", "3"))).isEqualTo("4");
        assertThat(NextPointLabel.after(List.of("1", "2", "2b"))).isEqualTo("3");
    }

    @Test
    void otherNumberingsAreLeftToTheMember() {
        assertThat(NextPointLabel.after(List.of("I", "II"))).isEmpty();
    }
}
