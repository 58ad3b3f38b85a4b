package nl.adviestracker.reminder;

import io.micronaut.core.annotation.Nullable;
import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/** Sends plain-text mail (with an attachment when asked) over SMTP with Jakarta Mail; does nothing useful when no host is configured. */
@Singleton
public class Mailer {

    private final MailSettings settings;
    private final Clock clock;
    private final Session session;

    Mailer(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.session = settings.configured() ? session(settings) : null;
    }

    public boolean enabled() {
        return session != null;
    }

    /** Sends one mail; throws when the server refuses it, so the caller can roll its sent-log back. */
    public void send(String to, String subject, String text) {
        if (session == null) {
            throw new IllegalStateException("no SMTP host configured (ADVIESTRACKER_MAIL_HOST)");
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailed("mail to " + to + " failed: " + e.getMessage(), e);
        }
    }

    /** A file sent along with a mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {}

    /**
     * Sends one mail with a Message-ID of the caller's choosing, so a mail sent twice after a failure in
     * between is recognisably the same mail; with an attachment when given.
     */
    public void send(String to, String subject, String text, String messageId, @Nullable Attachment attachment) {
        if (session == null) {
            throw new IllegalStateException("no SMTP host configured (ADVIESTRACKER_MAIL_HOST)");
        }
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, "UTF-8");
            if (attachment == null) {
                message.setText(text, "UTF-8");
            } else {
                MimeBodyPart body = new MimeBodyPart();
                body.setText(text, "UTF-8");
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(
                        new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                file.setFileName(attachment.fileName());
                message.setContent(new MimeMultipart(body, file));
            }
            message.setSentDate(Date.from(clock.instant()));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailed("mail to " + to + " failed: " + e.getMessage(), e);
        }
    }

    private static Session session(MailSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host().strip());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        if (settings.starttls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.username() != null && !settings.username().isBlank()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.username(), settings.password());
                }
            });
        }
        return Session.getInstance(properties);
    }

    /** A mail the server did not take. */
    public static class MailFailed extends RuntimeException {
        MailFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
