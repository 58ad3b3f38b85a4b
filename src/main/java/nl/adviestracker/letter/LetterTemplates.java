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
import java.util.regex.Pattern;
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

    /** The template of the supplementary letter (aanvullende brief) that corrects or adds to a final one. */
    public static final String SUPPLEMENT = "supplement";

    /** A body's variant of the reply letter is the template {@code reply-<variant>}. */
    static final String VARIANT_PREFIX = REPLY + "-";

    /** Logos sit in this folder beside the templates; the organisation's setting names one of its files. */
    static final String LOGOS = "logos";

    private static final Pattern VARIANT_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern LOGO_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.png");

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
        this.handlebars.registerHelper(
                "logoSource",
                (Object name, com.github.jknack.handlebars.Options options) ->
                        new Handlebars.SafeString(logoSource(String.valueOf(name))));
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

    /** The template a letter of this body uses: its variant of the reply template, or the reply template. */
    public static String replyTemplate(String variant) {
        return variant == null || variant.isBlank() ? REPLY : VARIANT_PREFIX + variant.strip();
    }

    /** Whether a variant name is well-formed: lower-case letters, digits and dashes, as in a file name. */
    public static boolean isVariantName(String variant) {
        return variant != null && VARIANT_NAME.matcher(variant).matches();
    }

    /**
     * The variants of the reply template that exist: {@code reply-<variant>.hbs} beside {@code reply.hbs},
     * by name, sorted. A classpath cannot be listed, so there the index {@code variants.txt} names them
     * ({@code LetterTemplatesTest} keeps it equal to the files).
     */
    public java.util.List<String> variants() {
        java.util.List<String> found = new java.util.ArrayList<>();
        if (fromDirectory) {
            try (var files = Files.list(directory)) {
                files.map(f -> f.getFileName().toString())
                        .filter(n -> n.startsWith(VARIANT_PREFIX) && n.endsWith(SUFFIX))
                        .map(n -> n.substring(VARIANT_PREFIX.length(), n.length() - SUFFIX.length()))
                        .filter(LetterTemplates::isVariantName)
                        .forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list letter templates in " + source(), e);
            }
        } else {
            for (String line : readText("variants.txt").orElse("").split("\\R")) {
                String name = line.strip();
                if (isVariantName(name)) {
                    found.add(name);
                }
            }
        }
        java.util.Collections.sort(found);
        return found;
    }

    /** The logo files that exist in {@code logos/} (PNG), sorted. */
    public java.util.List<String> logos() {
        java.util.List<String> found = new java.util.ArrayList<>();
        if (fromDirectory && Files.isDirectory(directory.resolve(LOGOS))) {
            try (var files = Files.list(directory.resolve(LOGOS))) {
                files.map(f -> f.getFileName().toString())
                        .filter(n -> LOGO_NAME.matcher(n).matches())
                        .forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list logos in " + source(), e);
            }
        } else if (!fromDirectory) {
            for (String line : readText(LOGOS + "/logos.txt").orElse("").split("\\R")) {
                if (LOGO_NAME.matcher(line.strip()).matches()) {
                    found.add(line.strip());
                }
            }
        }
        java.util.Collections.sort(found);
        return found;
    }

    /** Whether the logo file exists, so a letter naming a removed logo is printed without one. */
    public boolean hasLogo(String name) {
        return name != null
                && LOGO_NAME.matcher(name).matches()
                && readBytes(LOGOS + "/" + name).isPresent();
    }

    /** The logo as a data URI, so the XHTML stays complete on its own; empty for an unknown logo. */
    String logoSource(String name) {
        if (name == null || !LOGO_NAME.matcher(name).matches()) {
            return "";
        }
        return readBytes(LOGOS + "/" + name)
                .map(bytes ->
                        "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(bytes))
                .orElse("");
    }

    private java.util.Optional<String> readText(String file) {
        return readBytes(file).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    private java.util.Optional<byte[]> readBytes(String file) {
        try {
            if (fromDirectory) {
                Path path = directory.resolve(file);
                return Files.isRegularFile(path)
                        ? java.util.Optional.of(Files.readAllBytes(path))
                        : java.util.Optional.empty();
            }
            try (InputStream in = LetterTemplates.class.getResourceAsStream(CLASSPATH_PREFIX + "/" + file)) {
                return in == null ? java.util.Optional.empty() : java.util.Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " from " + source(), e);
        }
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
