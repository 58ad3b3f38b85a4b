package nl.adviestracker.bodymail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.body.DutchHolidays;
import nl.adviestracker.letter.Letters;
import nl.adviestracker.letter.SendingMeans;
import nl.adviestracker.reminder.MailOutbox;
import nl.adviestracker.reminder.Mailer;
import nl.adviestracker.reminder.OutgoingMail;
import nl.adviestracker.reminder.ReminderKind;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.MailTemplates;

/**
 * The mails to an advisory body, at its contact address: its advice was received, with the date the answer
 * is due; the answer is late (the day after the due date, and again some working days later, with the
 * reason when the term was extended); the answer was sent, with the letter's PDF attached when it went by
 * e-mail. Each is queued once (the outbox and the sent-log share its key) and links to the body's own page
 * of the advice. Only advices of the last {@code recentDays} are considered, so nothing is sent about the
 * past when the service starts mailing.
 */
@Singleton
public class BodyMails {

    private final JdbcOperations jdbc;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final Letters letters;
    private final BodyMailSettings settings;

    BodyMails(
            JdbcOperations jdbc,
            MailOutbox outbox,
            MailTemplates templates,
            Letters letters,
            BodyMailSettings settings) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.templates = templates;
        this.letters = letters;
        this.settings = settings;
    }

    /** An advice with what the mails say about it. */
    record Subject(
            long adviceId,
            String subject,
            @Nullable String theirReference,
            String bodyName,
            String email,
            LocalDate receivedOn,
            LocalDate dueOn,
            @Nullable String extensionReason,
            @Nullable LocalDate sentOn,
            @Nullable SendingMeans means) {}

    /** Queues every mail due on {@code today}; how many were new. */
    @Transactional
    public int queueDue(LocalDate today) {
        LocalDate since = today.minusDays(settings.recentDays());
        int queued = 0;
        for (Subject advice : advices("a.status = 'RECEIVED' and a.received_on >= ?", since)) {
            queued += received(advice) ? 1 : 0;
        }
        for (Subject advice : advices("a.status = 'RECEIVED' and a.response_due_on < ?", today)) {
            if (advice.dueOn().isBefore(since)) {
                continue;
            }
            queued += late(advice, "te-laat-", "body-late") ? 1 : 0;
            LocalDate again = workingDaysAfter(advice.dueOn(), settings.lateAgainAfterWorkingDays());
            if (!today.isBefore(again)) {
                queued += late(advice, "nogmaals-", "body-late-again") ? 1 : 0;
            }
        }
        for (Subject advice : advices(
                "r.station = 'SENT' and r.sent_means in ('EMAIL', 'POST', 'DOCUMENT_SYSTEM') and r.sent_on >= ?",
                since)) {
            queued += sent(advice) ? 1 : 0;
        }
        return queued;
    }

    /** The answer to this advice was just sent: its mail is queued in the same transaction. */
    @Transactional
    public boolean answerSent(long adviceId) {
        List<Subject> found = advices("a.id = ? and r.station = 'SENT'", adviceId);
        return !found.isEmpty()
                && found.get(0).means() != SendingMeans.ARCHIVE
                && found.get(0).means() != SendingMeans.NOT_RECORDED
                && sent(found.get(0));
    }

    private boolean received(Subject advice) {
        return outbox.queue(mail(
                advice,
                ReminderKind.BODY_RECEIVED,
                "ontvangen",
                "Ontvangstbevestiging: uw advies over " + advice.subject(),
                "body-received",
                null));
    }

    private boolean late(Subject advice, String prefix, String template) {
        return outbox.queue(mail(
                advice,
                ReminderKind.BODY_LATE,
                prefix + advice.dueOn(),
                "Het antwoord op uw advies over " + advice.subject() + " is later dan "
                        + DutchDates.format(advice.dueOn()),
                template,
                null));
    }

    private boolean sent(Subject advice) {
        Mailer.Attachment letter = null;
        if (advice.means() == SendingMeans.EMAIL) {
            // the final letter's PDF as kept; a letter sent without one goes with the link only
            letter = letters.sent(advice.adviceId())
                    .map(sent -> new Mailer.Attachment(
                            "antwoordbrief-advies-" + advice.adviceId() + ".pdf", "application/pdf", sent.pdf()))
                    .orElse(null);
        }
        return outbox.queue(mail(
                advice,
                ReminderKind.BODY_SENT,
                "verzonden",
                "Antwoord van het college op uw advies over " + advice.subject(),
                "body-sent",
                letter));
    }

    private OutgoingMail mail(
            Subject advice,
            ReminderKind kind,
            String period,
            String subject,
            String template,
            @Nullable Mailer.Attachment attachment) {
        Map<String, Object> values = new HashMap<>();
        values.put("bodyName", advice.bodyName());
        values.put("subject", advice.subject());
        values.put("theirReference", advice.theirReference() == null ? "" : advice.theirReference());
        values.put("receivedOn", DutchDates.format(advice.receivedOn()));
        values.put("dueOn", DutchDates.format(advice.dueOn()));
        values.put("extensionReason", advice.extensionReason() == null ? "" : advice.extensionReason());
        values.put("sentOn", advice.sentOn() == null ? "" : DutchDates.format(advice.sentOn()));
        values.put("means", advice.means() == null ? "" : advice.means().dutch());
        values.put("attached", attachment != null);
        values.put("link", templates.link("/advices/" + advice.adviceId()));
        return new OutgoingMail(
                kind,
                advice.adviceId(),
                advice.email(),
                period,
                subject,
                templates.render(template, values),
                attachment);
    }

    /** Advices of bodies with a contact address that meet {@code condition}, with their route and last extension. */
    private List<Subject> advices(String condition, Object value) {
        return jdbc.prepareStatement("""
                select a.id, a.subject, a.their_reference, b.name, b.contact_email, a.received_on, a.response_due_on,
                       (select e.reason from advice_due_date_extension e where e.advice_id = a.id
                        order by e.id desc limit 1),
                       r.sent_on, r.sent_means
                from advice a
                join advisory_body b on b.id = a.body_id
                left join letter_route r on r.advice_id = a.id
                where a.deleted_at is null and b.contact_email is not null and """ + " " + condition + " order by a.id", statement -> {
            if (value instanceof LocalDate date) {
                statement.setDate(1, Date.valueOf(date));
            } else {
                statement.setLong(1, (Long) value);
            }
            ResultSet rows = statement.executeQuery();
            List<Subject> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new Subject(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getDate(6).toLocalDate(),
                        rows.getDate(7).toLocalDate(),
                        rows.getString(8),
                        rows.getDate(9) == null ? null : rows.getDate(9).toLocalDate(),
                        rows.getString(10) == null ? null : SendingMeans.valueOf(rows.getString(10))));
            }
            return found;
        });
    }

    static LocalDate workingDaysAfter(LocalDate date, int days) {
        LocalDate day = date;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (DutchHolidays.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
