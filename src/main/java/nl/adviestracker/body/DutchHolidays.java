package nl.adviestracker.body;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public holidays of the Algemene termijnenwet (art. 3): Nieuwjaarsdag, tweede Paasdag,
 * Koningsdag, Bevrijdingsdag, Hemelvaartsdag, tweede Pinksterdag and both Christmas days.
 * Easter Sunday and Whit Sunday fall on Sundays and so are never working days anyway.
 */
public final class DutchHolidays {

    private DutchHolidays() {}

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    public static boolean isHoliday(LocalDate date) {
        return holidays(date.getYear()).contains(date);
    }

    /** Two holidays can fall on one day (Hemelvaartsdag on Bevrijdingsdag in 2005): one date then. */
    public static Set<LocalDate> holidays(int year) {
        LocalDate easter = easterSunday(year);
        return Stream.of(
                        LocalDate.of(year, Month.JANUARY, 1),
                        easter.plusDays(1),
                        kingsDay(year),
                        LocalDate.of(year, Month.MAY, 5),
                        easter.plusDays(39),
                        easter.plusDays(50),
                        LocalDate.of(year, Month.DECEMBER, 25),
                        LocalDate.of(year, Month.DECEMBER, 26))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Koningsdag: 27 April, or the 26th when the 27th is a Sunday. Before 2014 Koninginnedag: 30 April,
     * or the 29th when the 30th is a Sunday.
     */
    static LocalDate kingsDay(int year) {
        LocalDate date = year >= 2014 ? LocalDate.of(year, Month.APRIL, 27) : LocalDate.of(year, Month.APRIL, 30);
        return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(1) : date;
    }

    /**
     * Gregorian Easter Sunday (the anonymous algorithm of Meeus, Jones and Butcher), with floor
     * division so that it gives a date for every year, also the nonsensical ones.
     */
    static LocalDate easterSunday(int year) {
        int a = Math.floorMod(year, 19);
        int b = Math.floorDiv(year, 100);
        int c = Math.floorMod(year, 100);
        int d = Math.floorDiv(b, 4);
        int e = Math.floorMod(b, 4);
        int f = Math.floorDiv(b + 8, 25);
        int g = Math.floorDiv(b - f + 1, 3);
        int h = Math.floorMod(19 * a + b - d - g + 15, 30);
        int i = c / 4;
        int k = c % 4;
        int l = Math.floorMod(32 + 2 * e + 2 * i - h - k, 7);
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
