package nl.adviestracker.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.adviestracker.response.Stance;

/**
 * Points per group as the database gives them (immutable), one row per group: its name, the points not answered yet, then the
 * points of each stance in {@link Stance}'s order. Equal exactly when every name and number is, so what is made
 * of them can be kept until they change.
 */
final class StanceTotals {

    private static final int WIDTH = 1 + Stance.values().length;

    private final String[] groups;
    private final long[] points;

    private StanceTotals(String[] groups, long[] points) {
        this.groups = groups;
        this.points = points;
    }

    /** The rows of a statement whose columns are a group's name, then its {@link #WIDTH} numbers. */
    static StanceTotals read(ResultSet rows) throws SQLException {
        List<String> groups = new ArrayList<>();
        long[] points = new long[64 * WIDTH];
        int filled = 0;
        while (rows.next()) {
            groups.add(rows.getString(1));
            if (filled + WIDTH > points.length) {
                points = Arrays.copyOf(points, points.length * 2);
            }
            for (int column = 0; column < WIDTH; column++) {
                points[filled++] = rows.getLong(2 + column);
            }
        }
        return new StanceTotals(groups.toArray(String[]::new), Arrays.copyOf(points, filled));
    }

    int size() {
        return groups.length;
    }

    String group(int row) {
        return groups[row];
    }

    long notAnswered(int row) {
        return points[row * WIDTH];
    }

    long points(int row, Stance stance) {
        return points[row * WIDTH + 1 + stance.ordinal()];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StanceTotals totals
                && Arrays.equals(groups, totals.groups)
                && Arrays.equals(points, totals.points);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(groups) + Arrays.hashCode(points);
    }

    @Override
    public String toString() {
        return "StanceTotals[" + groups.length + " groups]";
    }
}
