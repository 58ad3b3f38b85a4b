package nl.adviestracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-02-02 | 2 februari 2024
            2024-01-31 | 31 januari 2024
            2024-03-09 | 9 maart 2024
            2024-05-01 | 1 mei 2024
            2025-12-25 | 25 december 2025
            """)
    void localDatesAreWrittenOutInDutch(LocalDate date, String expected) {
        assertThat(DutchDates.format(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # instant (UTC)         | date in Groningen
            2024-02-01T22:59:59Z    | 1 februari 2024
            2024-02-01T23:00:00Z    | 2 februari 2024
            2024-06-30T21:59:59Z    | 30 juni 2024
            2024-06-30T22:00:00Z    | 1 juli 2024
            """)
    void instantsAreShownAsTheDateInAmsterdam(Instant instant, String expected) {
        assertThat(DutchDates.format(instant)).isEqualTo(expected);
    }
}
