package nl.adviestracker.letter;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import com.github.jknack.handlebars.io.FileTemplateLoader;
import com.github.jknack.handlebars.io.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import nl.adviestracker.shared.TextRule;

/**
 * The letter templates (Handlebars) and the print stylesheet, and the one Handlebars instance that
 * compiles them.
 *
 * <p>Templates are read from a directory, {@code letters/} under the working directory by default, so
 * they can be changed without a new build; when that directory does not exist they come from the
 * classpath, where the build puts a copy of {@code letters/}. One source is chosen for all templates,
 * never a mix. Each template is compiled once and kept.
 *
 * <p>Only these files are template source. Values from the model are inserted with {@code {{...}}},
 * which escapes them for XHTML and never evaluates them, so a text containing {@code <script>} or
 * {@code {{foo}}} is printed as it is.
 */
public final class LetterTemplates {

    /** Where templates are looked for unless told otherwise: {@code letters/} in the working directory. */
    public static final Path DEFAULT_DIRECTORY = Path.of("letters");

    /** The template of the reply letter to an advice. */
    public static final String REPLY = "reply";

    /** The print stylesheet, inlined into every letter so the HTML is complete on its own. */
    static final String STYLESHEET = "print.css";

    private static final String CLASSPATH_PREFIX = "/letters";
    private static final String SUFFIX = ".hbs";

    private final Path directory;
    private final boolean fromDirectory;
    private final Handlebars handlebars;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();
    private final String stylesheet;

    /** Templates from {@code letters/} in the working directory, else from the classpath. */
    public LetterTemplates() {
        this(DEFAULT_DIRECTORY);
    }

    /** Templates from the given directory, or from the classpath when it does not exist. */
    public LetterTemplates(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.fromDirectory = Files.isDirectory(directory);
        TemplateLoader loader = fromDirectory
                ? new FileTemplateLoader(directory.toFile(), SUFFIX)
                : new ClassPathTemplateLoader(CLASSPATH_PREFIX, SUFFIX);
        loader.setCharset(StandardCharsets.UTF_8);
        this.handlebars = new Handlebars(loader)
                .with(XML_SAFE_HTML)
                .with(new ConcurrentMapTemplateCache())
                .prettyPrint(false)
                .infiniteLoops(false);
        this.handlebars.registerHelperMissing((context, options) -> {
            throw new IllegalStateException("letter template " + options.fn.filename()
                    + " uses unknown value or helper '" + options.helperName + "'");
        });
        this.stylesheet = readStylesheet();
    }

    /** HTML escaping of a value that first drops what XML cannot carry, so a stored control character cannot break the XHTML. */
    static final EscapingStrategy XML_SAFE_HTML = value -> EscapingStrategy.HTML_ENTITY.escape(TextRule.xmlSafe(value));

    /** Where the templates come from, for logs: a directory or the classpath. */
    public String source() {
        return fromDirectory ? directory.toAbsolutePath().toString() : "classpath:" + CLASSPATH_PREFIX;
    }

    /** The compiled template, e.g. {@link #REPLY}; compiled on first use and kept. */
    public Template template(String name) {
        return compiled.computeIfAbsent(name, n -> {
            try {
                return handlebars.compile(n);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load letter template " + n + " from " + source(), e);
            }
        });
    }

    /**
     * Renders a template with a view record; the template can read the record's components and
     * {@code stylesheet}.
     */
    public String render(String name, Record view) {
        Context context = Context.newBuilder(view)
                .resolver(RecordValueResolver.INSTANCE, MapValueResolver.INSTANCE)
                .combine("stylesheet", stylesheet)
                .build();
        try {
            return template(name).apply(context);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render letter template " + name, e);
        } finally {
            context.destroy();
        }
    }

    /** The reply letter as XHTML. */
    String reply(LetterView view) {
        return render(REPLY, view);
    }

    /** The print stylesheet's text. */
    public String stylesheet() {
        return stylesheet;
    }

    private String readStylesheet() {
        try {
            if (fromDirectory) {
                return Files.readString(directory.resolve(STYLESHEET), StandardCharsets.UTF_8);
            }
            try (InputStream in = LetterTemplates.class.getResourceAsStream(CLASSPATH_PREFIX + "/" + STYLESHEET)) {
                if (in == null) {
                    throw new IllegalStateException("no " + STYLESHEET + " in " + source());
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STYLESHEET + " from " + source(), e);
        }
    }
}
