package nl.adviestracker.report;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Open follow-ups by age (days since they were made), in five bands, each split into late (past the
 * due date), on schedule and without a date.
 */
public record FollowUpAges(List<Band> bands) {

    /** When one open follow-up was made and when it is due (null: "geen datum"). */
    public record OpenFollowUp(
            LocalDate createdOn, @Nullable LocalDate dueOn) {}

    /** The follow-ups made between {@code fromDays} and {@code toDays} (inclusive; null: no upper end) days ago. */
    public record Band(
            String label, int fromDays, @Nullable Integer toDays, long overdue, long onSchedule, long undated) {

        public long total() {
            return overdue + onSchedule + undated;
        }

        boolean holds(long days) {
            return days >= fromDays && (toDays == null || days <= toDays);
        }
    }

    private static final List<Band> EMPTY = List.of(
            new Band("tot 1 maand", 0, 30, 0, 0, 0),
            new Band("1 tot 3 maanden", 31, 91, 0, 0, 0),
            new Band("3 tot 6 maanden", 92, 182, 0, 0, 0),
            new Band("6 tot 12 maanden", 183, 365, 0, 0, 0),
            new Band("een jaar of ouder", 366, null, 0, 0, 0));

    /** Ages counted to {@code today}; late means due before today, as on the dashboard. */
    public static FollowUpAges of(List<OpenFollowUp> open, LocalDate today) {
        List<Band> bands = new ArrayList<>();
        for (Band band : EMPTY) {
            long overdue = 0;
            long onSchedule = 0;
            long undated = 0;
            for (OpenFollowUp f : open) {
                if (!band.holds(Math.max(0, ChronoUnit.DAYS.between(f.createdOn(), today)))) {
                    continue;
                }
                if (f.dueOn() == null) {
                    undated++;
                } else if (f.dueOn().isBefore(today)) {
                    overdue++;
                } else {
                    onSchedule++;
                }
            }
            bands.add(new Band(band.label(), band.fromDays(), band.toDays(), overdue, onSchedule, undated));
        }
        return new FollowUpAges(List.copyOf(bands));
    }

    /**
     * SQL that gives the number (0 for the first) of the band an age of {@code days} falls in, as {@link
     * Band#holds} decides it: for counting in the database.
     */
    static String bandNumberSql(String days) {
        StringBuilder sql = new StringBuilder("case");
        for (int i = 0; i < EMPTY.size() - 1; i++) {
            sql.append(" when ")
                    .append(days)
                    .append(" <= ")
                    .append(EMPTY.get(i).toDays())
                    .append(" then ")
                    .append(i);
        }
        return sql.append(" else ").append(EMPTY.size() - 1).append(" end").toString();
    }

    /** The bands with the counts of those numbered by {@link #bandNumberSql}; a band not counted is empty. */
    static FollowUpAges counted(Map<Integer, Band> countsByNumber) {
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < EMPTY.size(); i++) {
            Band band = EMPTY.get(i);
            Band counted = countsByNumber.get(i);
            bands.add(
                    counted == null
                            ? band
                            : new Band(
                                    band.label(),
                                    band.fromDays(),
                                    band.toDays(),
                                    counted.overdue(),
                                    counted.onSchedule(),
                                    counted.undated()));
        }
        return new FollowUpAges(List.copyOf(bands));
    }

    public long total() {
        return bands.stream().mapToLong(Band::total).sum();
    }
}
