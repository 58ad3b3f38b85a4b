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

    /**
     * Advices counted in one quarter: received in it ({@code days} null), or answered in it after {@code days}
     * days from receipt, on time or not; {@code advices} of them.
     */
    public record Counted(Quarter quarter, @Nullable Integer days, boolean onTime, long advices) {}

    /**
     * The trend from advices counted per quarter ({@code advice_quarter_tally}): the quarters from {@code from} to
     * the last one counted, with the same figures as {@link #of} gives for the advices counted; the days to answer
     * come as a histogram, so the median is the same. Empty when nothing was received.
     */
    public static QuarterTrend counted(List<Counted> counts, @Nullable Quarter from) {
        if (from == null || counts.isEmpty()) {
            return new QuarterTrend(List.of());
        }
        TreeMap<Quarter, Long> received = new TreeMap<>();
        TreeMap<Quarter, TreeMap<Integer, Long>> days = new TreeMap<>();
        TreeMap<Quarter, Long> onTime = new TreeMap<>();
        Quarter last = from;
        for (Counted c : counts) {
            if (c.quarter().compareTo(last) > 0) {
                last = c.quarter();
            }
            if (c.days() == null) {
                received.merge(c.quarter(), c.advices(), Long::sum);
            } else {
                days.computeIfAbsent(c.quarter(), q -> new TreeMap<>()).merge(c.days(), c.advices(), Long::sum);
                if (c.onTime()) {
                    onTime.merge(c.quarter(), c.advices(), Long::sum);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Quarter q = from; q.compareTo(last) <= 0; q = q.next()) {
            TreeMap<Integer, Long> histogram = days.getOrDefault(q, new TreeMap<>());
            long answered =
                    histogram.values().stream().mapToLong(Long::longValue).sum();
            long inTime = onTime.getOrDefault(q, 0L);
            rows.add(new Row(
                    q, received.getOrDefault(q, 0L), answered, inTime, share(inTime, answered), median(histogram)));
        }
        return new QuarterTrend(List.copyOf(rows));
    }

    /** The median of values given as value to how often, as {@link #median(List)}. */
    static @Nullable Double median(TreeMap<Integer, Long> histogram) {
        long count = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (count == 0) {
            return null;
        }
        // the values at (0-based) positions (count - 1) / 2 and count / 2 of the sorted values
        long lower = (count - 1) / 2;
        long upper = count / 2;
        Integer lowerValue = null;
        Integer upperValue = null;
        long seen = 0;
        for (var entry : histogram.entrySet()) {
            seen += entry.getValue();
            if (lowerValue == null && seen > lower) {
                lowerValue = entry.getKey();
            }
            if (seen > upper) {
                upperValue = entry.getKey();
                break;
            }
        }
        double median = (lowerValue + upperValue) / 2.0;
        return Math.round(median * 10.0) / 10.0;
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
