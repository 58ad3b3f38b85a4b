package nl.adviestracker.bodymail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The second "late" mail counts working days: no weekends, no public holidays. */
class BodyMailsTest {

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        // from Friday 18 December 2026: Monday to Thursday count, Christmas (Friday) and the weekend do not
        assertThat(BodyMails.workingDaysAfter(LocalDate.of(2026, 12, 18), 5)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(BodyMails.workingDaysAfter(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(BodyMails.workingDaysAfter(LocalDate.of(2026, 11, 25), 0)).isEqualTo(LocalDate.of(2026, 11, 25));
    }
}
