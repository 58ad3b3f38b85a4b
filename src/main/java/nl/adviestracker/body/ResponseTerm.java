package nl.adviestracker.body;

import java.time.LocalDate;

/**
 * The time the college has to answer an advice, as each body's own regulation sets it.
 *
 * <p>Counted as the Algemene termijnenwet counts: a term in weeks or calendar days that ends on a
 * Saturday, Sunday or public holiday runs on to the next working day (art. 1), and a term of three
 * days or more holds at least two working days (art. 2). A term in working days skips weekends and
 * public holidays as it counts. Counting starts the day after the advice is received.
 */
public record ResponseTerm(int length, ResponseTermUnit unit) {

    public static ResponseTerm of(AdvisoryBody body) {
        return new ResponseTerm(body.responseTermLength(), body.responseTermUnit());
    }

    /** As people say it: "6 weken", "1 werkdag". */
    public String dutch() {
        return length + " " + unit.dutch(length);
    }

    /** The last day on which the answer is on time, for an advice received on {@code received}. */
    public LocalDate dueDate(LocalDate received) {
        return switch (unit) {
            case WEEKS -> termijnenwet(received, received.plusWeeks(length), length * 7L);
            case CALENDAR_DAYS -> termijnenwet(received, received.plusDays(length), length);
            case WORKING_DAYS -> addWorkingDays(received, length);
        };
    }

    private static LocalDate termijnenwet(LocalDate start, LocalDate end, long days) {
        LocalDate due = nextWorkingDayFrom(end);
        if (days >= 3) {
            while (workingDaysBetween(start, due) < 2) {
                due = nextWorkingDayFrom(due.plusDays(1));
            }
        }
        return due;
    }

    private static LocalDate nextWorkingDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!DutchHolidays.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Working days after {@code start} up to and including {@code end}. */
    private static int workingDaysBetween(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (DutchHolidays.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (DutchHolidays.isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}
