package nl.adviestracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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

    @Test
    void countedPerQuarterWithTheDaysAsAHistogramItGivesTheSameTrend() {
        Random random = new Random(413);
        for (int round = 0; round < 200; round++) {
            List<QuarterTrend.AdviceDates> advices = new ArrayList<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                LocalDate received = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5 * 365));
                LocalDate due = received.plusDays(42);
                advices.add(new QuarterTrend.AdviceDates(
                        received, due, random.nextBoolean() ? null : received.plusDays(random.nextInt(120))));
            }
            int quarters = 1 + random.nextInt(14);
            QuarterTrend expected = QuarterTrend.of(advices).last(quarters);

            assertThat(QuarterTrend.counted(counted(advices), firstOfLast(counted(advices), quarters)))
                    .as("round %d", round)
                    .isEqualTo(expected);
        }
    }

    @Test
    void aHistogramsMedianIsTheMiddleValueOrHalfwayBetweenTheMiddleTwo() {
        assertThat(QuarterTrend.median(new TreeMap<>(Map.of(10, 1L, 20, 1L, 30, 1L))))
                .isEqualTo(20.0);
        assertThat(QuarterTrend.median(new TreeMap<>(Map.of(10, 2L, 11, 2L)))).isEqualTo(10.5);
        assertThat(QuarterTrend.median(new TreeMap<>(Map.of(10, 3L, 11, 1L)))).isEqualTo(10.0);
        assertThat(QuarterTrend.median(new TreeMap<Integer, Long>())).isNull();
    }

    /** What advice_quarter_tally holds for these advices. */
    private static List<QuarterTrend.Counted> counted(List<QuarterTrend.AdviceDates> advices) {
        Map<QuarterTrend.Counted, Long> counts = new HashMap<>();
        for (QuarterTrend.AdviceDates a : advices) {
            counts.merge(new QuarterTrend.Counted(Quarter.of(a.receivedOn()), null, false, 0), 1L, Long::sum);
            if (a.answeredOn() != null) {
                counts.merge(
                        new QuarterTrend.Counted(
                                Quarter.of(a.answeredOn()),
                                (int) ChronoUnit.DAYS.between(a.receivedOn(), a.answeredOn()),
                                !a.answeredOn().isAfter(a.dueOn()),
                                0),
                        1L,
                        Long::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new QuarterTrend.Counted(
                        e.getKey().quarter(), e.getKey().days(), e.getKey().onTime(), e.getValue()))
                .toList();
    }

    /** As Reports reads it: the first of the last {@code quarters} quarters counted, not before the first receipt. */
    private static Quarter firstOfLast(List<QuarterTrend.Counted> counts, int quarters) {
        if (counts.isEmpty()) {
            return null;
        }
        Quarter last = counts.stream()
                .map(QuarterTrend.Counted::quarter)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Quarter first = counts.stream()
                .filter(c -> c.days() == null)
                .map(QuarterTrend.Counted::quarter)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Quarter from = last;
        for (int i = 1; i < quarters && from.compareTo(first) > 0; i++) {
            from = Quarter.of(LocalDate.of(from.year(), from.number() * 3, 1).minusMonths(3));
        }
        return from;
    }
}
