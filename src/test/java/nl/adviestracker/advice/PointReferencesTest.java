package nl.adviestracker.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointReferencesTest {

    @ParameterizedTest(name = "advice [{0}], covering [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # points of the advice      | points the response covers | reference in the letter
            1 2 3 4 5 6 7               | 5                          | punt 5
            1 2 3 4 5 6 7               | 1 2 3 4                    | punten 1 t/m 4
            1 2 3 4 5 6 7               | 4 1 3 2                    | punten 1 t/m 4
            1 2 3 4 5 6 7               | 1 2                        | punten 1 en 2
            1 2 3 4 5 6 7               | 1 3 5                      | punten 1, 3 en 5
            1 2 3 4 5 6 7               | 2 3 4 6                    | punten 2 t/m 4 en 6
            1 2 3 4 5 6 7               | 1 2 4 5 6                  | punten 1, 2 en 4 t/m 6
            1 2 3 4 5 6 7               | 1 2 3 5 6 7                | punten 1 t/m 3 en 5 t/m 7
            1 2 3 4 5 6 7               | 1 2 3 4 5 6 7              | punten 1 t/m 7
            1 2a 2b 2c 3                | 2a                         | punt 2a
            1 2a 2b 2c 3                | 2a 2b                      | punten 2a en 2b
            1 2a 2b 2c 3                | 2a 2b 2c                   | punten 2a t/m 2c
            1 2a 2b 2c 3                | 1 2a 2b 2c 3               | punten 1, 2a t/m 2c en 3
            1 2 2a 2b 3                 | 2 2a 2b                    | punten 2, 2a en 2b
            1 2 2a 3                    | 1 2 3                      | punten 1, 2 en 3
            1 2a 3a                     | 2a 3a                      | punten 2a en 3a
            I II III IV V               | II III                     | punten II en III
            I II III IV V               | II III IV                  | punten II t/m IV
            I II III IV V               | I III V                    | punten I, III en V
            2 4 6 8                     | 2 4 6                      | punten 2 t/m 6
            """)
    void referenceFromCoveredPoints(String advicePoints, String coveredPoints, String expected) {
        assertThat(PointReferences.of(labels(advicePoints), labels(coveredPoints)))
                .isEqualTo(expected);
    }

    @Test
    void aResponseCoversAtLeastOnePoint() {
        assertThatThrownBy(() -> PointReferences.of(List.of("1", "2"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCoveredPointMustBelongToTheAdvice() {
        assertThatThrownBy(() -> PointReferences.of(List.of("1", "2"), List.of("3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3");
    }

    private static List<String> labels(String spaceSeparated) {
        return Arrays.asList(spaceSeparated.trim().split("\\s+"));
    }
}
