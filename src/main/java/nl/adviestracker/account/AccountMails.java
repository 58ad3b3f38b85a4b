package nl.adviestracker.account;

import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import com.github.jknack.handlebars.io.FileTemplateLoader;
import com.github.jknack.handlebars.io.TemplateLoader;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import nl.adviestracker.shared.DutchDates;

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
    private final Handlebars handlebars;
    private final String baseUrl;
    private final BeanProvider<EmbeddedServer> server;

    AccountMails(
            AccountMail mail,
            @Value("${adviestracker.letters.templates:letters}") String letters,
            @Value("${adviestracker.reminders.base-url:}") String baseUrl,
            BeanProvider<EmbeddedServer> server) {
        this.mail = mail;
        this.baseUrl = baseUrl;
        this.server = server;
        Path directory = Path.of(letters, "mail");
        TemplateLoader loader = Files.isDirectory(directory)
                ? new FileTemplateLoader(directory.toFile(), ".hbs")
                : new ClassPathTemplateLoader("/letters/mail", ".hbs");
        loader.setCharset(StandardCharsets.UTF_8);
        // plain text: nothing to escape; a value is text, never template source
        this.handlebars = new Handlebars(loader).with(EscapingStrategy.NOOP);
        this.handlebars.registerHelperMissing((context, options) -> {
            throw new IllegalStateException(
                    "mail template " + options.fn.filename() + " uses unknown value '" + options.helperName + "'");
        });
    }

    boolean enabled() {
        return mail.enabled();
    }

    /** The link that opens the page to set a password with this secret. */
    String link(String secret) {
        return base() + "/password/set?token=" + secret;
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
                "loginLink", base() + "/login",
                "forgotLink", base() + "/password/forgot",
                "expiresAt", WHEN.format(expiresAt));
        mail.send(to.email(), subject, render(template, values));
    }

    String render(String template, Map<String, Object> values) {
        try {
            Template compiled = handlebars.compile(template);
            return compiled.apply(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String base() {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl.strip().replaceAll("/+$", "");
        }
        return server.find(null)
                .map(s -> s.getURL().toString().replaceAll("/+$", ""))
                .orElse("http://localhost:8080");
    }
}
