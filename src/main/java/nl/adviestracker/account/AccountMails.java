package nl.adviestracker.account;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.MailTemplates;

/**
 * The mails accounts send (invitation, password reset), in Dutch, from the plain-text templates in
 * {@code letters/mail/} (the letters directory, {@code ADVIESTRACKER_LETTERS_TEMPLATES}; the build's
 * classpath copy when it does not exist), with a link to this service.
 *
 * <p>Links start with {@code ADVIESTRACKER_BASE_URL}; without it, with the address this server listens on.
 * Never with the Host header of the request: a forged one would send the secret link to someone else.
 */
@Singleton
class AccountMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy 'om' HH:mm", new Locale("nl"))
            .withZone(DutchDates.ZONE);

    private final AccountMail mail;
    private final MailTemplates templates;

    AccountMails(AccountMail mail, MailTemplates templates) {
        this.mail = mail;
        this.templates = templates;
    }

    boolean enabled() {
        return mail.enabled();
    }

    /** The link that opens the page to set a password with this secret. */
    String link(String secret) {
        return templates.link("/password/set?token=" + secret);
    }

    void invitation(User user, String link, Instant expiresAt) {
        send(user, "Uitnodiging voor Adviestracker", "invitation", link, expiresAt);
    }

    void reset(User user, String link, Instant expiresAt) {
        send(user, "Nieuw wachtwoord voor Adviestracker", "password-reset", link, expiresAt);
    }

    private void send(User to, String subject, String template, String link, Instant expiresAt) {
        Map<String, Object> values = Map.of(
                "name", to.name(),
                "username", to.username(),
                "role", to.role().dutch(),
                "link", link,
                "loginLink", templates.link("/login"),
                "forgotLink", templates.link("/password/forgot"),
                "expiresAt", WHEN.format(expiresAt));
        mail.send(to.email(), subject, templates.render(template, values));
    }
}
