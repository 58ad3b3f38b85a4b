package nl.adviestracker.reminder;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The outbox's transactions: one per mail, so one failure rolls back only its own claim. */
@Singleton
class OutboxSending {

    private final JdbcOperations jdbc;
    private final Mailer mailer;

    OutboxSending(JdbcOperations jdbc, Mailer mailer) {
        this.jdbc = jdbc;
        this.mailer = mailer;
    }

    @Transactional(readOnly = true)
    List<Long> due(Instant now) {
        return jdbc.prepareStatement(
                "select id from mail_outbox where sent_at is null and next_attempt_at <= ? order by id limit 500",
                statement -> {
                    statement.setTimestamp(1, MailOutbox.timestamp(now));
                    ResultSet rows = statement.executeQuery();
                    List<Long> ids = new ArrayList<>();
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                    return ids;
                });
    }

    @Transactional(readOnly = true)
    boolean alreadySent(OutgoingMail mail) {
        return jdbc.prepareStatement(
                "select 1 from reminder_sent where kind = ? and subject_id = ? and lower(recipient) = lower(?)"
                        + " and period = ?",
                statement -> {
                    statement.setString(1, mail.kind().name());
                    statement.setLong(2, mail.subjectId());
                    statement.setString(3, mail.recipient());
                    statement.setString(4, mail.period());
                    return statement.executeQuery().next();
                });
    }

    /**
     * Claims the mail in the sent-log and sends it, in one transaction: a mail that fails rolls its claim
     * back; another instance claiming the same mail waits, then finds it sent. True when this call sent it.
     */
    @Transactional
    boolean send(long id, long organisationId) {
        OutgoingMail mail = jdbc.prepareStatement("""
                select kind, subject_id, recipient, period, subject, text, attachment_name, attachment
                from mail_outbox where id = ? and sent_at is null for update skip locked""", statement -> {
            statement.setLong(1, id);
            ResultSet row = statement.executeQuery();
            if (!row.next()) {
                return null;
            }
            String attachmentName = row.getString(7);
            return new OutgoingMail(
                    ReminderKind.valueOf(row.getString(1)),
                    row.getLong(2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5),
                    row.getString(6),
                    attachmentName == null
                            ? null
                            : new Mailer.Attachment(attachmentName, "application/pdf", row.getBytes(8)));
        });
        if (mail == null) {
            return false;
        }
        boolean claimed = jdbc.prepareStatement("""
                insert into reminder_sent (kind, subject_id, recipient, period) values (?, ?, ?, ?)
                on conflict on constraint reminder_sent_once do nothing""", statement -> {
            statement.setString(1, mail.kind().name());
            statement.setLong(2, mail.subjectId());
            statement.setString(3, mail.recipient());
            statement.setString(4, mail.period());
            return statement.executeUpdate() == 1;
        });
        if (claimed) {
            mailer.send(
                    mail.recipient(), mail.subject(), mail.text(), mail.messageId(organisationId), mail.attachment());
        }
        jdbc.prepareStatement("update mail_outbox set sent_at = now(), last_error = null where id = ?", statement -> {
            statement.setLong(1, id);
            return statement.executeUpdate();
        });
        return claimed;
    }

    /** Records the failure and when to try again; the wait it chose. */
    @Transactional
    Duration failed(long id, String error, Instant now) {
        int attempts = jdbc.prepareStatement(
                "update mail_outbox set attempts = attempts + 1 where id = ? returning attempts", statement -> {
                    statement.setLong(1, id);
                    ResultSet row = statement.executeQuery();
                    return row.next() ? row.getInt(1) : 1;
                });
        Duration wait = MailOutbox.backOff(attempts);
        jdbc.prepareStatement("update mail_outbox set next_attempt_at = ?, last_error = ? where id = ?", statement -> {
            statement.setTimestamp(1, MailOutbox.timestamp(now.plus(wait)));
            statement.setString(
                    2, error == null ? "onbekende fout" : error.length() > 1000 ? error.substring(0, 1000) : error);
            statement.setLong(3, id);
            return statement.executeUpdate();
        });
        return wait;
    }
}
