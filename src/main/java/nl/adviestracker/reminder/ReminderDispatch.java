package nl.adviestracker.reminder;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Sends one recipient's reminders once, however many instances try at the same time.
 *
 * <p>In one transaction it inserts a row into {@code reminder_sent} for each item, skipping those
 * already there, and mails only the items it inserted. Another instance inserting the same row waits
 * on the unique key until this transaction ends: after a commit it finds the row and sends nothing;
 * after a rollback (the mail failed) it sends the reminder itself. Items are claimed in a fixed order,
 * so two instances never wait on each other in a circle.
 */
@Singleton
class ReminderDispatch {

    /** A mail to send. */
    record Mail(String subject, String text) {}

    private final JdbcOperations jdbc;
    private final Mailer mailer;

    ReminderDispatch(JdbcOperations jdbc, Mailer mailer) {
        this.jdbc = jdbc;
        this.mailer = mailer;
    }

    /** The items sent to {@code recipient} now: none when they all went out before. */
    @Transactional
    List<ReminderItem> deliver(String recipient, List<ReminderItem> items, Function<List<ReminderItem>, Mail> compose) {
        List<ReminderItem> claimed = new ArrayList<>();
        for (ReminderItem item : items) {
            if (claim(item, recipient)) {
                claimed.add(item);
            }
        }
        if (!claimed.isEmpty()) {
            Mail mail = compose.apply(claimed);
            mailer.send(recipient, mail.subject(), mail.text());
        }
        return claimed;
    }

    private boolean claim(ReminderItem item, String recipient) {
        return jdbc.prepareStatement("""
                insert into reminder_sent (kind, subject_id, recipient, period) values (?, ?, ?, ?)
                on conflict on constraint reminder_sent_once do nothing""", statement -> {
            statement.setString(1, item.kind().name());
            statement.setLong(2, item.subjectId());
            statement.setString(3, recipient);
            statement.setString(4, item.period());
            return statement.executeUpdate() == 1;
        });
    }
}
