package nl.adviestracker.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The answered points of one group by stance: what a stance chart draws and its table shows. */
record StanceRow(String group, long answeredPoints, List<ReportRow.StanceShare> stances) {

    /** Most answered points first; equal ones by name. */
    private static final Comparator<StanceRow> MOST_ANSWERED_FIRST = (a, b) -> {
        int byPoints = Long.compare(b.answeredPoints(), a.answeredPoints());
        return byPoints != 0 ? byPoints : String.CASE_INSENSITIVE_ORDER.compare(a.group(), b.group());
    };

    static StanceRow of(ReportRow row) {
        return new StanceRow(row.group(), row.answeredPoints(), row.stances());
    }

    /**
     * The {@code top} groups with the most answered points, most first, and the others together in one
     * row "overige (n)"; all of them, in their order, when there are no more than {@code top + 1}. (The dashboard
     * asks this of every body on every request, so it is written with plain loops.)
     */
    static List<StanceRow> mostAnswered(List<StanceRow> rows, int top) {
        if (rows.size() <= top + 1) {
            return rows;
        }
        StanceRow[] sorted = rows.toArray(StanceRow[]::new);
        Arrays.sort(sorted, MOST_ANSWERED_FIRST);
        List<ReportRow.StanceShare> kinds = sorted[top].stances();
        long answered = 0;
        long[] points = new long[kinds.size()];
        for (int row = top; row < sorted.length; row++) {
            answered += sorted[row].answeredPoints();
            List<ReportRow.StanceShare> stances = sorted[row].stances();
            for (int stance = 0; stance < points.length; stance++) {
                points[stance] += stances.get(stance).points();
            }
        }
        List<ReportRow.StanceShare> shares = new ArrayList<>(points.length);
        for (int stance = 0; stance < points.length; stance++) {
            ReportRow.StanceShare kind = kinds.get(stance);
            shares.add(new ReportRow.StanceShare(
                    kind.stance(), kind.dutch(), points[stance], QuarterTrend.share(points[stance], answered)));
        }
        List<StanceRow> shown = new ArrayList<>(Arrays.asList(sorted).subList(0, top));
        shown.add(new StanceRow("overige (" + (sorted.length - top) + ")", answered, List.copyOf(shares)));
        return List.copyOf(shown);
    }
}
