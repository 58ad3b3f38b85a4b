package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The measure itself, on sequences small enough to count by hand. */
class WordSimilarityTest {

    @Test
    void theRatioIsTwiceTheMatchedWordsOverAllWordsAsDifflibComputesIt() {
        // difflib.SequenceMatcher(None, "a b c d".split(), "a x c d".split()).ratio() == 0.75
        assertThat(WordSimilarity.ratio(List.of("a", "b", "c", "d"), List.of("a", "x", "c", "d")))
                .isCloseTo(0.75, within(1e-9));
        assertThat(WordSimilarity.ratio(List.of("a", "b"), List.of("a", "b"))).isEqualTo(1.0);
        assertThat(WordSimilarity.ratio(List.of("a"), List.of("b"))).isEqualTo(0.0);
        // a word left out: 2*3 / 7
        assertThat(WordSimilarity.ratio(List.of("a", "b", "c", "d"), List.of("a", "c", "d")))
                .isCloseTo(6.0 / 7.0, within(1e-9));
    }

    @Test
    void onlyTheBodyBetweenSalutationAndGreetingCountsAndTheDraftMarkIsLeftOut() {
        String text = "Afdeling X Geachte lezer, Wij CONCEPT danken u.\n\nMet vriendelijke groet, burgemeester";
        assertThat(WordSimilarity.bodyWords(text)).containsExactly("Wij", "danken", "u.");
    }

    @Test
    void theSeedLetterHasItsBody() {
        List<String> words = WordSimilarity.bodyWords(WordSimilarity.seedLetterText());
        assertThat(words).hasSizeGreaterThan(500);
        assertThat(words.get(0)).isEqualTo("De");
        assertThat(words.get(words.size() - 1)).isEqualTo("armoede.");
    }
}
