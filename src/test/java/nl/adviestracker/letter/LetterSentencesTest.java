package nl.adviestracker.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.adviestracker.letter.LetterSentences.Occasion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sentences the letter writes itself read as Dutch, for every kind of advice and number of points. */
class LetterSentencesTest {

    private static final LocalDate DATE = LocalDate.of(2025, 11, 3);

    @ParameterizedTest(name = "{0}, {2} punt(en): {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # occasion  | subject                               | points | opening
            SOLICITED   | advies over het Minimabeleid 2026     | 7      | Op 3 november 2025 hebt u ons het advies gegeven waar wij u om hadden gevraagd, over het Minimabeleid 2026. Wij danken u hartelijk voor uw betrokkenheid en input. Hieronder gaan we in op de 7 punten van uw advies.
            SOLICITED   | Minimabeleid 2026                     | 1      | Op 3 november 2025 hebt u ons het advies gegeven waar wij u om hadden gevraagd, over minimabeleid 2026. Wij danken u hartelijk voor uw betrokkenheid en input. Hieronder gaan we in op het punt van uw advies.
            UNSOLICITED | Advies op de Wmo-verordening           | 2      | Op 3 november 2025 hebt u ons uit eigen beweging advies gegeven over de Wmo-verordening. Wij danken u hartelijk voor uw betrokkenheid en input. Hieronder gaan we in op de 2 punten van uw advies.
            UNSOLICITED | ASDG-advies over mantelzorg           | 3      | Op 3 november 2025 hebt u ons uit eigen beweging advies gegeven over mantelzorg. Wij danken u hartelijk voor uw betrokkenheid en input. Hieronder gaan we in op de 3 punten van uw advies.
            SUPPLEMENT  | aanvullend advies over schuldhulp     | 1      | Op 3 november 2025 hebt u uw eerdere advies over schuldhulp aangevuld. Wij danken u hartelijk voor uw betrokkenheid en input. Hieronder gaan we in op het punt van uw aanvulling.
            SUPPLEMENT  | Beschermd wonen                       | 4      | Op 3 november 2025 hebt u uw eerdere advies over beschermd wonen aangevuld. Wij danken u hartelijk voor uw betrokkenheid en input. Hieronder gaan we in op de 4 punten van uw aanvulling.
            """)
    void theDefaultOpening(Occasion occasion, String subject, int points, String opening) {
        assertThat(LetterSentences.opening(occasion, DATE, subject, points)).isEqualTo(opening);
        assertThat(opening).doesNotContain("advies over advies", "advies gegeven over advies");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SOLICITED   | Wij danken u nogmaals voor uw advies.
            UNSOLICITED | Wij danken u nogmaals dat u uit eigen beweging met ons hebt meegedacht.
            SUPPLEMENT  | Wij danken u nogmaals voor de aanvulling op uw advies.
            """)
    void theDefaultClosing(Occasion occasion, String closing) {
        assertThat(LetterSentences.closing(occasion)).isEqualTo(closing);
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | advies | adviezen | 1 advies
            2 | advies | adviezen | 2 adviezen
            0 | punt   | punten   | 0 punten
            1 | punt   | punten   | 1 punt
            """)
    void singularAndPlural(int n, String singular, String plural, String expected) {
        assertThat(LetterSentences.count(n, singular, plural)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            advies over het Minimabeleid 2026                          | het Minimabeleid 2026
            Advies op het concept uitvoeringsprogramma                 | het concept uitvoeringsprogramma
            Minimabeleid                                               | minimabeleid
            ASDG en de toegang                                         | ASDG en de toegang
            het concept uitvoeringsprogramma Brede aanpak armoede      | het concept uitvoeringsprogramma Brede aanpak armoede
            """)
    void theSubjectWithoutItsOwnAdviesOver(String subject, String topic) {
        assertThat(LetterSentences.topic(subject)).isEqualTo(topic);
    }
}
