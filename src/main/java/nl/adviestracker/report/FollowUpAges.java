package nl.adviestracker.report;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.followup.OpenFollowUpCounts;

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

    /** The day each band but the last ends on (inclusive): how the database numbers the bands it counts. */
    static final List<Integer> BAND_ENDS =
            EMPTY.subList(0, EMPTY.size() - 1).stream().map(Band::toDays).toList();

    /** The bands with the counts the database gave per band number (see {@link #BAND_ENDS}); others are empty. */
    static FollowUpAges counted(List<OpenFollowUpCounts.AgeCount> counts) {
        List<Band> bands = new ArrayList<>(EMPTY);
        for (OpenFollowUpCounts.AgeCount counted : counts) {
            Band band = EMPTY.get(counted.band());
            bands.set(
                    counted.band(),
                    new Band(
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
