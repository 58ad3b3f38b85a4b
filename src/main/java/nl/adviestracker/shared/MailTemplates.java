package nl.adviestracker.shared;

import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
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
import java.util.Map;

/**
 * The Dutch plain-text mails (accounts, notices, the mails to the bodies), from {@code letters/mail/} (the
 * letters directory, else the build's classpath copy); and the absolute links in them,
 * from the configured base URL ({@code ADVIESTRACKER_BASE_URL}), else the address this server listens on.
 */
@Singleton
public class MailTemplates {

    private final Handlebars handlebars;
    private final String baseUrl;
    private final BeanProvider<EmbeddedServer> server;

    MailTemplates(
            @Value("${adviestracker.letters.templates:letters}") String letters,
            @Value("${adviestracker.reminders.base-url:}") String baseUrl,
            BeanProvider<EmbeddedServer> server) {
        this.baseUrl = baseUrl;
        this.server = server;
        Path directory = Path.of(letters, "mail");
        TemplateLoader loader = Files.isDirectory(directory)
                ? new FileTemplateLoader(directory.toFile(), ".hbs")
                : new ClassPathTemplateLoader("/letters/mail", ".hbs");
        loader.setCharset(StandardCharsets.UTF_8);
        // plain text: nothing to escape; a value is text, never template source
        // compiled once each; a template changed in the letters directory is read again (reload)
        this.handlebars = new Handlebars(loader)
                .with(EscapingStrategy.NOOP)
                .with(new ConcurrentMapTemplateCache().setReload(true));
        this.handlebars.registerHelperMissing((context, options) -> {
            throw new IllegalStateException(
                    "mail template " + options.fn.filename() + " uses unknown value '" + options.helperName + "'");
        });
    }

    public String render(String template, Object values) {
        try {
            return handlebars.compile(template).apply(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String render(String template, Map<String, Object> values) {
        return render(template, (Object) values);
    }

    /** The absolute address of a page of this service ({@code path} starts with a slash). */
    public String link(String path) {
        return base() + path;
    }

    private String base() {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl.strip().replaceAll("/+$", "");
        }
        // before the server listens (demo data at start-up) its port is not known yet
        return server.find(null)
                .filter(EmbeddedServer::isRunning)
                .map(s -> s.getURL().toString().replaceAll("/+$", ""))
                .orElse("http://localhost:8080");
    }
}
