package nl.adviestracker.body;

import java.time.LocalDate;

/** The time the college has to answer an advice, as each body's own regulation sets it. */
public record ResponseTerm(int length, ResponseTermUnit unit) {

    public static ResponseTerm of(AdvisoryBody body) {
        return new ResponseTerm(body.responseTermLength(), body.responseTermUnit());
    }

    /** The last day on which the answer is on time, for an advice received on {@code received}. */
    public LocalDate dueDate(LocalDate received) {
        return switch (unit) {
            case WEEKS -> received.plusWeeks(length);
            case CALENDAR_DAYS -> received.plusDays(length);
            case WORKING_DAYS -> addWorkingDays(received, length);
        };
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
