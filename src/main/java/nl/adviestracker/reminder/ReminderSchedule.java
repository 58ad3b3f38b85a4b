package nl.adviestracker.reminder;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the reminders: daily at 07:00 and the digest on Mondays at 07:30, Amsterdam time, unless
 * configured otherwise. Every instance runs them; the sent-log makes each reminder go out once.
 */
@Singleton
class ReminderSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

    private final Reminders reminders;
    private final Mailer mailer;
    private final ReminderSettings settings;
    private final Clock clock;

    ReminderSchedule(Reminders reminders, Mailer mailer, ReminderSettings settings, Clock clock) {
        this.reminders = reminders;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${adviestracker.reminders.daily-cron:0 0 7 * * *}", zoneId = "Europe/Amsterdam")
    void daily() {
        if (active()) {
            try {
                reminders.daily(LocalDate.now(clock));
            } catch (RuntimeException e) {
                LOG.error("Daily reminders failed", e);
            }
        }
    }

    @Scheduled(cron = "${adviestracker.reminders.weekly-cron:0 30 7 * * MON}", zoneId = "Europe/Amsterdam")
    void weekly() {
        if (active()) {
            try {
                reminders.weekly(LocalDate.now(clock));
            } catch (RuntimeException e) {
                LOG.error("Weekly digest failed", e);
            }
        }
    }

    private boolean active() {
        return settings.scheduled() && mailer.enabled();
    }
}
