package nl.adviestracker.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** Dates as letters and screens show them: "2 februari 2024", in the Europe/Amsterdam time zone. */
public final class DutchDates {

    /** The time zone of the municipality; an instant is shown as the date it was there. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Dutch as spoken in the Netherlands: lower-case month names. */
    public static final Locale LOCALE = Locale.forLanguageTag("nl-NL");

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", LOCALE);

    private DutchDates() {}

    /** "2 februari 2024": day without leading zero, month written out. */
    public static String format(LocalDate date) {
        return LONG.format(Objects.requireNonNull(date, "date"));
    }

    /** The date of the instant in Amsterdam, written as {@link #format(LocalDate)}. */
    public static String format(Instant instant) {
        return format(toLocalDate(instant));
    }

    /** The calendar date of the instant in Amsterdam. */
    public static LocalDate toLocalDate(Instant instant) {
        return Objects.requireNonNull(instant, "instant").atZone(ZONE).toLocalDate();
    }
}
