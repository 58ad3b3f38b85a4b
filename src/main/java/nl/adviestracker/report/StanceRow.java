package nl.adviestracker.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The answered points of one group by stance: what a stance chart draws and its table shows. */
record StanceRow(String group, long answeredPoints, List<ReportRow.StanceShare> stances) {

    static StanceRow of(ReportRow row) {
        return new StanceRow(row.group(), row.answeredPoints(), row.stances());
    }

    /**
     * The {@code top} groups with the most answered points, most first, and the others together in one
     * row "overige (n)"; all of them, in their order, when there are no more than {@code top + 1}.
     */
    static List<StanceRow> mostAnswered(List<StanceRow> rows, int top) {
        if (rows.size() <= top + 1) {
            return rows;
        }
        List<StanceRow> sorted = rows.stream()
                .sorted(Comparator.comparingLong(StanceRow::answeredPoints)
                        .reversed()
                        .thenComparing(StanceRow::group, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<StanceRow> rest = sorted.subList(top, sorted.size());
        long answered = rest.stream().mapToLong(StanceRow::answeredPoints).sum();
        List<ReportRow.StanceShare> shares = new ArrayList<>();
        for (int i = 0; i < rest.get(0).stances().size(); i++) {
            ReportRow.StanceShare first = rest.get(0).stances().get(i);
            int stance = i;
            long points = rest.stream()
                    .mapToLong(row -> row.stances().get(stance).points())
                    .sum();
            shares.add(new ReportRow.StanceShare(
                    first.stance(), first.dutch(), points, QuarterTrend.share(points, answered)));
        }
        List<StanceRow> shown = new ArrayList<>(sorted.subList(0, top));
        shown.add(new StanceRow("overige (" + rest.size() + ")", answered, List.copyOf(shares)));
        return List.copyOf(shown);
    }
}
