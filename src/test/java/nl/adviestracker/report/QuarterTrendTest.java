package nl.adviestracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How advices are counted per quarter: received, answered, on time, and the median days to answer. */
class QuarterTrendTest {

    private static QuarterTrend.AdviceDates advice(String received, String due, String answered) {
        return new QuarterTrend.AdviceDates(
                LocalDate.parse(received), LocalDate.parse(due), answered == null ? null : LocalDate.parse(answered));
    }

    @Test
    void aQuarterRunsFromItsFirstToItsLastMonth() {
        assertThat(Quarter.of(LocalDate.of(2024, 1, 1))).isEqualTo(new Quarter(2024, 1));
        assertThat(Quarter.of(LocalDate.of(2024, 3, 31))).isEqualTo(new Quarter(2024, 1));
        assertThat(Quarter.of(LocalDate.of(2024, 4, 1))).isEqualTo(new Quarter(2024, 2));
        assertThat(Quarter.of(LocalDate.of(2024, 12, 31))).isEqualTo(new Quarter(2024, 4));
        assertThat(new Quarter(2024, 4).next()).isEqualTo(new Quarter(2025, 1));
        assertThat(new Quarter(2024, 2).dutch()).isEqualTo("K2 2024");
        assertThatThrownBy(() -> new Quarter(2024, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAdviceCountsWhenReceivedAndAgainInTheQuarterItsLetterWasSent() {
        QuarterTrend trend = QuarterTrend.of(
                List.of(advice("2024-03-20", "2024-05-01", "2024-04-10"), advice("2024-02-01", "2024-03-14", null)));

        assertThat(trend.rows())
                .extracting(r -> r.quarter().dutch(), QuarterTrend.Row::received, QuarterTrend.Row::answered)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("K1 2024", 2L, 0L),
                        org.assertj.core.groups.Tuple.tuple("K2 2024", 0L, 1L));
    }

    @Test
    void quartersWithNothingInBetweenAreShownEmpty() {
        QuarterTrend trend = QuarterTrend.of(
                List.of(advice("2023-11-01", "2023-12-13", null), advice("2024-05-01", "2024-06-12", null)));

        assertThat(trend.rows()).extracting(r -> r.quarter().dutch()).containsExactly("K4 2023", "K1 2024", "K2 2024");
        QuarterTrend.Row empty = trend.rows().get(1);
        assertThat(empty.received()).isZero();
        assertThat(empty.answered()).isZero();
        assertThat(empty.onTimeShare()).isNull();
        assertThat(empty.medianDaysToAnswer()).isNull();
    }

    @Test
    void onTimeMeansSentOnOrBeforeTheDueDate() {
        QuarterTrend trend = QuarterTrend.of(List.of(
                advice("2024-01-02", "2024-02-13", "2024-02-13"),
                advice("2024-01-02", "2024-02-13", "2024-02-14"),
                advice("2024-01-10", "2024-02-21", "2024-02-01")));

        QuarterTrend.Row q1 = trend.rows().get(0);
        assertThat(q1.answered()).isEqualTo(3);
        assertThat(q1.answeredOnTime()).isEqualTo(2);
        assertThat(q1.onTimeShare()).isEqualTo(0.6667);
    }

    @Test
    void theMedianIsTheMiddleValueOrHalfwayBetweenTheMiddleTwo() {
        assertThat(QuarterTrend.median(List.of(30L, 10L, 20L))).isEqualTo(20.0);
        assertThat(QuarterTrend.median(List.of(41L, 10L, 20L, 30L))).isEqualTo(25.0);
        assertThat(QuarterTrend.median(List.of(10L, 11L))).isEqualTo(10.5);
        assertThat(QuarterTrend.median(List.of())).isNull();

        QuarterTrend trend = QuarterTrend.of(List.of(
                advice("2024-01-01", "2024-03-01", "2024-01-31"), advice("2024-01-01", "2024-03-01", "2024-02-10")));
        assertThat(trend.rows().get(0).medianDaysToAnswer()).isEqualTo(35.0);
    }

    @Test
    void onlyTheLastQuartersAreKeptWhenAskedFor() {
        QuarterTrend trend = QuarterTrend.of(
                List.of(advice("2021-01-05", "2021-02-16", null), advice("2024-05-01", "2024-06-12", null)));

        assertThat(trend.rows()).hasSize(14);
        assertThat(trend.last(4).rows())
                .extracting(r -> r.quarter().dutch())
                .containsExactly("K3 2023", "K4 2023", "K1 2024", "K2 2024");
        assertThat(QuarterTrend.of(List.of()).isEmpty()).isTrue();
    }
}
