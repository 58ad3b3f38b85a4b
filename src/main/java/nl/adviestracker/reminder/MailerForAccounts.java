package nl.adviestracker.reminder;

import jakarta.inject.Singleton;
import nl.adviestracker.account.AccountMail;

/** Invitations and password links go out through the same SMTP settings as the reminders. */
@Singleton
class MailerForAccounts implements AccountMail {

    private final Mailer mailer;

    MailerForAccounts(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public boolean enabled() {
        return mailer.enabled();
    }

    @Override
    public void send(String to, String subject, String text) {
        try {
            mailer.send(to, subject, text);
        } catch (Mailer.MailFailed e) {
            throw new NotSent(e.getMessage(), e);
        }
    }
}
