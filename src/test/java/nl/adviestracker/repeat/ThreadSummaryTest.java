package nl.adviestracker.repeat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadSummaryTest {

    private static EarlierPoint made(int year, String stance, int followUps) {
        return new EarlierPoint(
                year,
                year,
                "Advies " + year,
                LocalDate.of(year, 3, 1),
                "1",
                "Tekst",
                null,
                stance,
                followUps,
                Decision.CONFIRMED);
    }

    @Test
    void aThreadSaysWhenThePointWasMadeAndHowItWasAnswered() {
        assertThat(ThreadSummary.of(List.of(made(2022, "wordt meegenomen", 1), made(2024, "wordt meegenomen", 0))))
                .isEqualTo("Dit punt is eerder gemaakt in 2022 en 2024; beantwoord met 'wordt meegenomen' (2x);"
                        + " er volgde 1 toezegging.");
    }

    @Test
    void differentAnswersAreCountedApartAndUnknownAnswersLeftOut() {
        assertThat(ThreadSummary.of(List.of(
                        made(2021, "kennisgenomen", 0),
                        made(2022, "wordt meegenomen", 2),
                        made(2022, null, 0),
                        made(2024, "kennisgenomen", 1))))
                .isEqualTo("Dit punt is eerder gemaakt in 2021, 2022 en 2024; beantwoord met 'kennisgenomen' (2x)"
                        + " en 'wordt meegenomen' (1x); er volgden 3 toezeggingen.");
        assertThat(ThreadSummary.of(List.of(made(2023, null, 0))))
                .isEqualTo("Dit punt is eerder gemaakt in 2023; nog geen antwoord bekend; er volgde geen toezegging.");
        assertThat(ThreadSummary.of(List.of())).isNull();
    }
}
