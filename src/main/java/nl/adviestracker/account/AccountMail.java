package nl.adviestracker.account;

/**
 * Plain-text mail to one person, as accounts need it for invitations and password links. The reminder
 * feature's mailer answers it (SMTP, {@code ADVIESTRACKER_MAIL_*}), so accounts do not depend on reminders.
 */
public interface AccountMail {

    /** Whether a mail server is configured; without one nothing can be sent. */
    boolean enabled();

    /** Sends one mail; throws {@link NotSent} when the server refuses it, so the caller's transaction rolls back. */
    void send(String to, String subject, String text);

    /** The mail server did not take the mail. */
    class NotSent extends RuntimeException {
        public NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
