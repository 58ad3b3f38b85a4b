package nl.adviestracker.reminder;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import nl.adviestracker.organisation.Organisations;
import nl.adviestracker.tenancy.OrganisationContext;
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
    private final Organisations organisations;
    private final Mailer mailer;
    private final ReminderSettings settings;
    private final Clock clock;
    private final MailOutbox outbox;

    ReminderSchedule(
            Reminders reminders,
            Mailer mailer,
            ReminderSettings settings,
            Clock clock,
            Organisations organisations,
            MailOutbox outbox) {
        this.outbox = outbox;
        this.reminders = reminders;
        this.organisations = organisations;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${adviestracker.reminders.daily-cron:0 0 7 * * *}", zoneId = "Europe/Amsterdam")
    void daily() {
        if (active()) {
            try {
                LocalDate today = LocalDate.now(clock);
                eachOrganisation("Daily reminders", () -> reminders.daily(today));
            } catch (RuntimeException e) {
                LOG.error("Daily reminders failed", e);
            }
        }
    }

    @Scheduled(cron = "${adviestracker.reminders.weekly-cron:0 30 7 * * MON}", zoneId = "Europe/Amsterdam")
    void weekly() {
        if (active()) {
            try {
                LocalDate today = LocalDate.now(clock);
                eachOrganisation("Weekly digest", () -> reminders.weekly(today));
            } catch (RuntimeException e) {
                LOG.error("Weekly digest failed", e);
            }
        }
    }

    /** Sends the queued mails (notices, mails to the bodies) that are due, every minute unless configured otherwise. */
    @Scheduled(fixedDelay = "${adviestracker.mail.outbox-delay:1m}", initialDelay = "1m")
    void outbox() {
        if (active()) {
            eachOrganisation("Queued mail", outbox::sendDue);
        }
    }

    /** Once per organisation, each inside its own setting: one that fails does not stop the others. */
    private void eachOrganisation(String job, Runnable work) {
        for (long organisation : organisations.ids()) {
            try {
                OrganisationContext.within(organisation, work);
            } catch (RuntimeException e) {
                LOG.error("{} failed for organisation {}", job, organisation, e);
            }
        }
    }

    private boolean active() {
        return settings.scheduled() && mailer.enabled();
    }
}
