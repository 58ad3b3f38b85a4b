package nl.adviestracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A mail that failed waits longer before each next try, at most a day; its Message-ID stays the same. */
class MailOutboxTest {

    @Test
    void theWaitDoublesAfterEachFailureUpToADay() {
        assertThat(MailOutbox.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailOutbox.backOff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailOutbox.backOff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(MailOutbox.backOff(12)).isEqualTo(Duration.ofDays(1));
        assertThat(MailOutbox.backOff(100)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void theMessageIdFollowsFromTheMailsKey() {
        OutgoingMail mail = new OutgoingMail(
                ReminderKind.BODY_SENT, 12, "Raad@Example.org", "verzonden", "Onderwerp", "Tekst", null);
        OutgoingMail again = new OutgoingMail(
                ReminderKind.BODY_SENT, 12, "raad@example.org", "verzonden", "Ander onderwerp", "Andere tekst", null);
        assertThat(mail.messageId(1))
                .isEqualTo(again.messageId(1))
                .startsWith("<body_sent.12.verzonden.")
                .endsWith("@adviestracker>");
        assertThat(mail.messageId(2)).isNotEqualTo(mail.messageId(1));
    }
}
