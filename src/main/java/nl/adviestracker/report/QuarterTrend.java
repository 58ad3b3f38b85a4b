package nl.adviestracker.report;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Advices per quarter: how many were received, and of those answered in the quarter how many on time
 * and after how many days (median). An advice counts in the quarter it was received and, once its
 * reply letter was sent, in the quarter of sending; quarters without anything in between are shown
 * as empty rather than left out, so the line of time has no jumps.
 */
public record QuarterTrend(List<Row> rows) {

    /** The dates that count for one advice; {@code answeredOn} is null while it waits for its answer. */
    public record AdviceDates(
            LocalDate receivedOn, LocalDate dueOn, @Nullable LocalDate answeredOn) {}

    /**
     * One quarter.
     *
     * @param received advices received in the quarter
     * @param answered advices whose reply letter was sent in the quarter
     * @param answeredOnTime of those, sent on or before their due date
     * @param onTimeShare {@code answeredOnTime / answered} (0 to 1), null when nothing was answered
     * @param medianDaysToAnswer days from receipt to the answer of those answered, median (halfway between
     *     the middle two for an even count, as PostgreSQL's percentile_cont), to one decimal; null when
     *     nothing was answered
     */
    public record Row(
            Quarter quarter,
            long received,
            long answered,
            long answeredOnTime,
            @Nullable Double onTimeShare,
            @Nullable Double medianDaysToAnswer) {}

    /** The trend over {@code advices}, from the quarter of the first date to the quarter of the last. */
    public static QuarterTrend of(List<AdviceDates> advices) {
        return of(advices, null);
    }

    /**
     * The trend over {@code advices}, from {@code from} (when the advices read start later: the quarters
     * before them were empty) or the quarter of the first date, to the quarter of the last.
     */
    public static QuarterTrend of(List<AdviceDates> advices, @Nullable Quarter from) {
        TreeMap<Quarter, Long> received = new TreeMap<>();
        TreeMap<Quarter, List<AdviceDates>> answered = new TreeMap<>();
        for (AdviceDates advice : advices) {
            received.merge(Quarter.of(advice.receivedOn()), 1L, Long::sum);
            if (advice.answeredOn() != null) {
                answered.computeIfAbsent(Quarter.of(advice.answeredOn()), q -> new ArrayList<>())
                        .add(advice);
            }
        }
        if (received.isEmpty()) {
            return new QuarterTrend(List.of());
        }
        Quarter first = from != null && from.compareTo(received.firstKey()) < 0 ? from : received.firstKey();
        Quarter last = received.lastKey();
        if (!answered.isEmpty() && answered.lastKey().compareTo(last) > 0) {
            last = answered.lastKey();
        }
        List<Row> rows = new ArrayList<>();
        for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
            List<AdviceDates> done = answered.getOrDefault(q, List.of());
            long onTime = done.stream()
                    .filter(a -> !a.answeredOn().isAfter(a.dueOn()))
                    .count();
            rows.add(new Row(
                    q,
                    received.getOrDefault(q, 0L),
                    done.size(),
                    onTime,
                    share(onTime, done.size()),
                    median(done.stream()
                            .map(a -> ChronoUnit.DAYS.between(a.receivedOn(), a.answeredOn()))
                            .toList())));
        }
        return new QuarterTrend(List.copyOf(rows));
    }

    /** Only the last {@code count} quarters (all when there are fewer). */
    public QuarterTrend last(int count) {
        return rows.size() <= count ? this : new QuarterTrend(rows.subList(rows.size() - count, rows.size()));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Rounded to four decimals, as the report's shares are. */
    static @Nullable Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    /** The middle value, or halfway between the middle two; to one decimal. */
    static @Nullable Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median =
                sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return Math.round(median * 10.0) / 10.0;
    }
}
