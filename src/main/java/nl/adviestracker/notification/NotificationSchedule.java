package nl.adviestracker.notification;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import nl.adviestracker.organisation.Organisations;
import nl.adviestracker.reminder.ReminderSettings;
import nl.adviestracker.tenancy.OrganisationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every morning at 06:50 Amsterdam time: tells the owners of follow-ups what is due or late, then queues
 * the daily digests (the outbox sends them).
 */
@Singleton
class NotificationSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSchedule.class);

    private final NoticeDigests digests;
    private final DueNotices due;
    private final Organisations organisations;
    private final ReminderSettings settings;
    private final Clock clock;

    NotificationSchedule(
            NoticeDigests digests,
            DueNotices due,
            Organisations organisations,
            ReminderSettings settings,
            Clock clock) {
        this.due = due;
        this.digests = digests;
        this.organisations = organisations;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${adviestracker.notifications.digest-cron:0 50 6 * * *}", zoneId = "Europe/Amsterdam")
    void daily() {
        if (!settings.scheduled()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(nl.adviestracker.shared.DutchDates.ZONE));
        for (long organisation : organisations.ids()) {
            try {
                OrganisationContext.within(organisation, () -> {
                    due.tell(today);
                    digests.queue(today);
                });
            } catch (RuntimeException e) {
                LOG.error("Notice digests failed for organisation {}", organisation, e);
            }
        }
    }
}
