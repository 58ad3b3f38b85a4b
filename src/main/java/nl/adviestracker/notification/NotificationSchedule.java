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
 * Queues the daily digests at 06:50 Amsterdam time for the three days before (a day missed while the service
 * was down is caught up; one already queued is not queued again); the outbox sends them.
 */
@Singleton
class NotificationSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSchedule.class);

    private final NoticeDigests digests;
    private final Organisations organisations;
    private final ReminderSettings settings;
    private final Clock clock;

    NotificationSchedule(NoticeDigests digests, Organisations organisations, ReminderSettings settings, Clock clock) {
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
                    for (int back = 3; back >= 1; back--) {
                        digests.queue(today.minusDays(back));
                    }
                });
            } catch (RuntimeException e) {
                LOG.error("Notice digests failed for organisation {}", organisation, e);
            }
        }
    }
}
