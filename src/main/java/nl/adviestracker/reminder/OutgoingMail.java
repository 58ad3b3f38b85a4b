package nl.adviestracker.reminder;

import io.micronaut.core.annotation.Nullable;

/**
 * A mail to send once: {@code kind}, {@code subjectId}, {@code recipient} and {@code period} are its key in
 * the sent-log (reminder_sent), so the same mail is never sent twice, however often it is queued.
 *
 * @param kind what the mail is about (a {@link ReminderKind} name)
 * @param period at most 20 characters: which occurrence of the mail this is (a date, "ontvangen", ...)
 */
public record OutgoingMail(
        ReminderKind kind,
        long subjectId,
        String recipient,
        String period,
        String subject,
        String text,
        @Nullable Mailer.Attachment attachment) {

    /** The Message-ID: the same key gives the same id, so a mail sent again after a failure is one mail. */
    public String messageId(long organisationId) {
        return "<" + kind.name().toLowerCase(java.util.Locale.ROOT) + "." + subjectId + "."
                + period.replaceAll("[^A-Za-z0-9-]", "") + "."
                + Integer.toHexString(
                        recipient.toLowerCase(java.util.Locale.ROOT).hashCode())
                + "." + organisationId + "@adviestracker>";
    }
}
