package nl.adviestracker.reminder;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.adviestracker.tenancy.OrganisationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails that go out once, retried with back-off: notices, digests and the mails to the bodies. Queuing
 * writes a row inside the caller's transaction (so a mail leaves only for a change that was committed);
 * {@link #sendDue()} sends what is due, each through the sent-log (see {@link ReminderDispatch}): a row
 * already in reminder_sent is never sent again. A failed mail stays queued with its error and waits
 * 1, 2, 4, ... minutes (at most a day) before the next try; the mail log shows it.
 */
@Singleton
public class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
    private static final Duration LONGEST_WAIT = Duration.ofDays(1);

    /** A queued mail that has not gone out yet, for the mail log. */
    public record Waiting(
            ReminderKind kind,
            long subjectId,
            String recipient,
            String subject,
            int attempts,
            Instant nextAttemptAt,
            String lastError) {}

    private final JdbcOperations jdbc;
    private final Mailer mailer;
    private final Clock clock;
    private final OutboxSending sending;

    MailOutbox(JdbcOperations jdbc, Mailer mailer, Clock clock, OutboxSending sending) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.clock = clock;
        this.sending = sending;
    }

    /**
     * Queues the mail unless it was queued (or sent) before; true when it is new. Without SMTP nothing is
     * queued: a notice stays in the app, and the bodies' mails are found again once mail is configured.
     */
    @Transactional
    public boolean queue(OutgoingMail mail) {
        if (!mailer.enabled() || sending.alreadySent(mail)) {
            return false;
        }
        return jdbc.prepareStatement("""
                insert into mail_outbox (kind, subject_id, recipient, period, subject, text, attachment_name, attachment)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict on constraint mail_outbox_once do nothing""", statement -> {
            statement.setString(1, mail.kind().name());
            statement.setLong(2, mail.subjectId());
            statement.setString(3, mail.recipient().toLowerCase(Locale.ROOT));
            statement.setString(4, mail.period());
            statement.setString(5, mail.subject());
            statement.setString(6, mail.text());
            statement.setString(
                    7, mail.attachment() == null ? null : mail.attachment().fileName());
            statement.setBytes(
                    8, mail.attachment() == null ? null : mail.attachment().content());
            return statement.executeUpdate() == 1;
        });
    }

    /** Drops a queued mail that has not gone out (its notice was withdrawn); one already sent stays sent. */
    @Transactional
    public void cancel(ReminderKind kind, long subjectId) {
        jdbc.prepareStatement(
                "delete from mail_outbox where kind = ? and subject_id = ? and sent_at is null", statement -> {
                    statement.setString(1, kind.name());
                    statement.setLong(2, subjectId);
                    return statement.executeUpdate();
                });
    }

    /** Sends the mails of the current organisation that are due; how many went out. */
    public int sendDue() {
        if (!mailer.enabled()) {
            return 0;
        }
        long organisation = OrganisationContext.current().orElseThrow();
        int sent = 0;
        for (long id : sending.due(clock.instant())) {
            try {
                if (sending.send(id, organisation)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                Instant next = clock.instant().plus(sending.failed(id, e.getMessage(), clock.instant()));
                LOG.warn("Queued mail {} not sent, next try at {}: {}", id, next, e.getMessage());
            }
        }
        return sent;
    }

    /** The mails still waiting, oldest first, for the mail log. */
    @Transactional(readOnly = true)
    public List<Waiting> waiting() {
        return jdbc.prepareStatement("""
                select kind, subject_id, recipient, subject, attempts, next_attempt_at, last_error from mail_outbox
                where sent_at is null order by created_at, id limit 200""", statement -> {
            ResultSet rows = statement.executeQuery();
            List<Waiting> list = new ArrayList<>();
            while (rows.next()) {
                list.add(new Waiting(
                        ReminderKind.valueOf(rows.getString(1)),
                        rows.getLong(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getInt(5),
                        rows.getTimestamp(6).toInstant(),
                        rows.getString(7)));
            }
            return list;
        });
    }

    /** 1, 2, 4, ... minutes after the n-th failure, at most a day. */
    static Duration backOff(int attempts) {
        Duration wait = Duration.ofMinutes(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
