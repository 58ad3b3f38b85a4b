package nl.adviestracker.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Due dates as the Algemene termijnenwet counts them, around weekends, the public holidays of its
 * art. 3 and year ends. Each row was counted by hand on a calendar; the comment says why.
 */
class ResponseTermTest {

    @ParameterizedTest(name = "{0} + {1} {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # received | length | unit          | due        | why
            2024-02-02 | 6      | WEEKS         | 2024-03-15 | seed 004: a Friday plus six weeks is a Friday
            2026-03-16 | 6      | WEEKS         | 2026-04-28 | ends on Koningsdag (Monday 27 April 2026)
            2026-04-02 | 6      | WEEKS         | 2026-05-15 | ends on Hemelvaartsdag (Thursday 14 May 2026)
            2026-04-13 | 6      | WEEKS         | 2026-05-26 | ends on tweede Pinksterdag (25 May 2026)
            2024-03-25 | 1      | WEEKS         | 2024-04-02 | ends on tweede Paasdag (1 April 2024)
            2026-11-13 | 6      | WEEKS         | 2026-12-28 | ends on eerste Kerstdag, then the weekend
            2026-11-20 | 6      | WEEKS         | 2027-01-04 | ends on Nieuwjaarsdag 2027 (Friday), then the weekend
            2024-11-23 | 6      | WEEKS         | 2025-01-06 | received on a Saturday, ends on a Saturday in the new year
            2025-03-29 | 4      | WEEKS         | 2025-04-28 | ends on Koningsdag 2025, moved to Saturday 26 April (27th is a Sunday)
            2024-03-01 | 14     | CALENDAR_DAYS | 2024-03-15 | a Friday, nothing to move
            2024-03-04 | 12     | CALENDAR_DAYS | 2024-03-18 | ends on a Saturday
            2026-04-20 | 7      | CALENDAR_DAYS | 2026-04-28 | ends on Koningsdag
            2026-05-07 | 7      | CALENDAR_DAYS | 2026-05-15 | ends on Hemelvaartsdag
            2025-06-02 | 7      | CALENDAR_DAYS | 2025-06-10 | ends on tweede Pinksterdag (9 June 2025)
            2026-04-28 | 7      | CALENDAR_DAYS | 2026-05-06 | ends on Bevrijdingsdag (Tuesday 5 May 2026)
            2026-12-18 | 7      | CALENDAR_DAYS | 2026-12-28 | ends on eerste Kerstdag; tweede Kerstdag is a Saturday
            2026-12-25 | 7      | CALENDAR_DAYS | 2027-01-04 | across the year end onto Nieuwjaarsdag
            2026-12-24 | 3      | CALENDAR_DAYS | 2026-12-29 | art. 2: Monday 28th is only one working day, so one more
            2024-02-02 | 30     | WORKING_DAYS  | 2024-03-15 | six weeks of working days without holidays
            2026-04-24 | 1      | WORKING_DAYS  | 2026-04-28 | Friday; Monday is Koningsdag
            2026-05-13 | 1      | WORKING_DAYS  | 2026-05-15 | Hemelvaartsdag skipped
            2026-05-22 | 1      | WORKING_DAYS  | 2026-05-26 | weekend and tweede Pinksterdag skipped
            2026-04-02 | 2      | WORKING_DAYS  | 2026-04-07 | Goede Vrijdag counts (not in the Atw), tweede Paasdag does not
            2026-05-04 | 1      | WORKING_DAYS  | 2026-05-06 | Bevrijdingsdag skipped
            2026-12-24 | 1      | WORKING_DAYS  | 2026-12-28 | both Christmas days and the weekend skipped
            2026-12-31 | 1      | WORKING_DAYS  | 2027-01-04 | Nieuwjaarsdag and the weekend skipped
            2024-12-20 | 10     | WORKING_DAYS  | 2025-01-08 | Christmas, year end and Nieuwjaarsdag: 23, 24, 27, 30, 31 Dec, 2, 3, 6, 7, 8 Jan
            2025-04-25 | 1      | WORKING_DAYS  | 2025-04-28 | Koningsdag 2025 falls on the Saturday
            """)
    void dueDate(LocalDate received, int length, ResponseTermUnit unit, LocalDate due, String why) {
        assertThat(new ResponseTerm(length, unit).dueDate(received)).as(why).isEqualTo(due);
    }

    @Test
    void koningsdagMovesToSaturdayWhenThe27thIsASunday() {
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2025, 4, 27))).isFalse();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2026, 4, 27))).isTrue();
        assertThat(DutchHolidays.isHoliday(LocalDate.of(2013, 4, 30)))
                .as("Koninginnedag")
                .isTrue();
    }

    @Test
    void theHolidaysOf2026() {
        assertThat(DutchHolidays.holidays(2026))
                .containsExactlyInAnyOrder(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 4, 27),
                        LocalDate.of(2026, 5, 5),
                        LocalDate.of(2026, 5, 14),
                        LocalDate.of(2026, 5, 25),
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 26));
    }

    @Test
    void inYearsWhereTwoHolidaysFallOnOneDayThatDayCountsOnce() {
        assertThat(DutchHolidays.holidays(2005))
                .as("Hemelvaartsdag on Bevrijdingsdag")
                .hasSize(7)
                .contains(LocalDate.of(2005, 5, 5));
        assertThat(new ResponseTerm(6, ResponseTermUnit.WEEKS).dueDate(LocalDate.of(2005, 4, 28)))
                .as("9 June, a Thursday")
                .isEqualTo(LocalDate.of(2005, 6, 9));
    }

    @Test
    void theHolidayCalendarHasADateForEveryYearSoNoInputCanBreakIt() {
        assertThat(DutchHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(DutchHolidays.holidays(-2682)).hasSize(8);
        assertThat(DutchHolidays.isWorkingDay(LocalDate.MIN)).isFalse();
    }

    @Test
    void aTermReadsAsPeopleSayIt() {
        assertThat(new ResponseTerm(6, ResponseTermUnit.WEEKS).dutch()).isEqualTo("6 weken");
        assertThat(new ResponseTerm(1, ResponseTermUnit.WEEKS).dutch()).isEqualTo("1 week");
        assertThat(new ResponseTerm(30, ResponseTermUnit.WORKING_DAYS).dutch()).isEqualTo("30 werkdagen");
        assertThat(new ResponseTerm(1, ResponseTermUnit.CALENDAR_DAYS).dutch()).isEqualTo("1 kalenderdag");
    }
}
