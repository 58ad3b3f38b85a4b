package nl.adviestracker.report;

import io.micronaut.core.annotation.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The advices counted per quarter ({@code advice_quarter_tally}) from the first quarter a trend shows, as read
 * (immutable): what {@link QuarterTrend#counted} makes the trend of. Equal exactly when every count is, so what is
 * made of them can be kept until they change; held as numbers, since comparing them is done on every request.
 */
final class TrendCounts {

    /** Per count: the quarter's year and number, the days to answer (or {@link #RECEIVED}), on time (1 or 0), advices. */
    private static final int WIDTH = 5;

    private static final long RECEIVED = Long.MIN_VALUE;

    private final @Nullable Quarter from;
    private final long[] counts;

    private TrendCounts(@Nullable Quarter from, long[] counts) {
        this.from = from;
        this.counts = counts;
    }

    /**
     * The rows of a statement whose columns are the first quarter's year and number, then a count's quarter (year and
     * number), days to answer (null: a count of advices received), on time and number of advices. Nothing was
     * received when the first quarter is null. Quarters come as numbers, not as dates for the driver to parse on
     * each of some 650 rows a request.
     */
    static TrendCounts read(ResultSet rows) throws SQLException {
        long[] counts = new long[64 * WIDTH];
        int filled = 0;
        Quarter from = null;
        while (rows.next()) {
            if (from == null) {
                int year = rows.getInt(1);
                if (rows.wasNull()) {
                    break;
                }
                from = new Quarter(year, rows.getInt(2));
            }
            if (filled + WIDTH > counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
            counts[filled++] = rows.getInt(3);
            counts[filled++] = rows.getInt(4);
            int days = rows.getInt(5);
            counts[filled++] = rows.wasNull() ? RECEIVED : days;
            counts[filled++] = rows.getBoolean(6) ? 1 : 0;
            counts[filled++] = rows.getLong(7);
        }
        return new TrendCounts(from, Arrays.copyOf(counts, filled));
    }

    QuarterTrend trend() {
        List<QuarterTrend.Counted> counted = new ArrayList<>(counts.length / WIDTH);
        for (int at = 0; at < counts.length; at += WIDTH) {
            counted.add(new QuarterTrend.Counted(
                    new Quarter((int) counts[at], (int) counts[at + 1]),
                    counts[at + 2] == RECEIVED ? null : (int) counts[at + 2],
                    counts[at + 3] == 1,
                    counts[at + 4]));
        }
        return QuarterTrend.counted(counted, from);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrendCounts read
                && Objects.equals(from, read.from)
                && Arrays.equals(counts, read.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(from) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "TrendCounts[from " + from + ", " + counts.length / WIDTH + " counts]";
    }
}
