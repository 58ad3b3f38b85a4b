package nl.adviestracker.bodymail;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import nl.adviestracker.letter.LetterRoutes;
import nl.adviestracker.letter.LetterStation;
import nl.adviestracker.organisation.Organisations;
import nl.adviestracker.reminder.Mailer;
import nl.adviestracker.reminder.ReminderSettings;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.tenancy.OrganisationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the mails to the bodies are queued: the answer's mail as the letter is recorded as sent (in the same
 * transaction); and every ten minutes (unless configured otherwise) whatever is due, which also catches up
 * anything missed. The outbox sends them.
 */
@Singleton
class BodyMailSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(BodyMailSchedule.class);

    private final BodyMails mails;
    private final Organisations organisations;
    private final ReminderSettings settings;
    private final Mailer mailer;
    private final Clock clock;

    BodyMailSchedule(
            BodyMails mails, Organisations organisations, ReminderSettings settings, Mailer mailer, Clock clock) {
        this.mails = mails;
        this.organisations = organisations;
        this.settings = settings;
        this.mailer = mailer;
        this.clock = clock;
    }

    @EventListener
    void letterMoved(LetterRoutes.LetterMoved moved) {
        if (moved.to() == LetterStation.SENT && mailer.enabled()) {
            mails.answerSent(moved.adviceId());
        }
    }

    @Scheduled(fixedDelay = "${adviestracker.body-mail.delay:10m}", initialDelay = "2m")
    void due() {
        if (!settings.scheduled() || !mailer.enabled()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(DutchDates.ZONE));
        for (long organisation : organisations.ids()) {
            try {
                OrganisationContext.within(organisation, () -> mails.queueDue(today));
            } catch (RuntimeException e) {
                LOG.error("Mails to the bodies failed for organisation {}", organisation, e);
            }
        }
    }
}
