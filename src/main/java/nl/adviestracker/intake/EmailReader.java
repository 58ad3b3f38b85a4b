package nl.adviestracker.intake;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import nl.adviestracker.shared.DutchDates;

/**
 * Reads an e-mail (.eml) with Jakarta Mail: the first text/plain part is the advice (an HTML-only
 * mail is reduced to its text), the Subject and Date headers are hints for the metadata. Quoted
 * reply lines ("> ...") and everything after the signature separator ("-- ") are left out.
 */
final class EmailReader {

    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^((re|fw|fwd|antw|doorst)\\s*:\\s*)+");

    ExtractedDocument read(byte[] content) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(content));
        String body = plainText(message);
        if (body == null) {
            String html = htmlText(message);
            body = html == null ? "" : HtmlText.toText(html);
        }
        String subject = message.getSubject() == null
                ? null
                : REPLY_PREFIX.matcher(message.getSubject().strip()).replaceFirst("");
        LocalDate date = message.getSentDate() == null
                ? null
                : message.getSentDate().toInstant().atZone(DutchDates.ZONE).toLocalDate();
        return new ExtractedDocument(
                DocumentFormat.EMAIL, TextSegmenter.segment(withoutQuotesAndSignature(body)), subject, date);
    }

    private static String withoutQuotesAndSignature(String body) {
        List<String> kept = new ArrayList<>();
        for (String line : TextSegmenter.clean(body).split("\n", -1)) {
            if (line.equals("-- ") || line.equals("--")) {
                break;
            }
            if (!line.startsWith(">")) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = plainText(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String htmlText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/html")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = htmlText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
