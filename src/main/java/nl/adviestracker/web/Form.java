package nl.adviestracker.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.PlausibleDate;
import nl.adviestracker.shared.PlausibleDateValidator;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.TextRule;

/**
 * One form on a page: what the user typed in each field and what is wrong with it, in Dutch. A page
 * shown again after an error keeps every value as typed and puts each message next to its field.
 * Field names are those of the API's input records, so problems the use cases report map one to one.
 */
public final class Form {

    private final String idPrefix;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>(LABELS);

    /** The fields' labels as the forms show them, for the summary of problems above a form. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("subject", "Onderwerp"),
            Map.entry("projectGroupId", "Projectgroep"),
            Map.entry("kind", "Soort"),
            Map.entry("receivedOn", "Datum van het advies"),
            Map.entry("letterDatedOn", "Datum van de brief"),
            Map.entry("theirReference", "Uw kenmerk"),
            Map.entry("theme", "Thema"),
            Map.entry("introduction", "Inleiding"),
            Map.entry("conclusion", "Slot"),
            Map.entry("label", "Nummer"),
            Map.entry("text", "Tekst"),
            Map.entry("documentReference", "Verwijzing naar het document"),
            Map.entry("pointIds", "Punten"),
            Map.entry("stance", "Standpunt"),
            Map.entry("paraphrase", "Samenvatting"),
            Map.entry("reason", "Reden"),
            Map.entry("description", "Wat is toegezegd"),
            Map.entry("owner", "Wie voert het uit"),
            Map.entry("dueOn", "Uiterlijk op"),
            Map.entry("status", "Status"),
            Map.entry("notedOn", "Datum"),
            Map.entry("publishedOn", "Openbaar vanaf"),
            Map.entry("version", "Versie"));

    private Form(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** An empty form whose field ids start with {@code idPrefix}, so several forms fit on one page. */
    public static Form named(String idPrefix) {
        return new Form(idPrefix);
    }

    /** The label this form shows for a field, where it differs from the usual one. */
    public Form label(String name, String label) {
        labels.put(name, label);
        return this;
    }

    public Form set(String name, @Nullable Object value) {
        values.put(name, value == null ? "" : value.toString());
        return this;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** Records the first problem of a field; a later one for the same field is dropped. */
    public Form error(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /** A problem that belongs to no field: shown above the form. */
    public Form generalError(String message) {
        general.add(message);
        return this;
    }

    /** Whether this form shows the field, so a problem about it is said beside it. */
    public boolean shows(String field) {
        return values.containsKey(topLevel(field));
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !general.isEmpty();
    }

    /** The use case's problems, each next to its field; a field this form does not show goes above it. */
    public Form problems(ProblemException problem) {
        if (problem.fieldProblems().isEmpty()) {
            general.add(problem.getMessage());
        }
        for (FieldProblem p : problem.fieldProblems()) {
            String field = topLevel(p.field());
            if (values.containsKey(field)) {
                error(field, p.message());
            } else {
                general.add(p.message());
            }
        }
        return this;
    }

    public Form violations(Collection<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> violation : violations) {
            String field = fieldOf(violation.getPropertyPath());
            if (values.containsKey(field)) {
                error(field, violation.getMessage());
            } else {
                general.add(field + ": " + violation.getMessage());
            }
        }
        return this;
    }

    private static final java.time.format.DateTimeFormatter DUTCH_TYPED = java.time.format.DateTimeFormatter.ofPattern(
                    "d-M-uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /**
     * A date as a date input sends it ({@code jjjj-mm-dd}) or as a person types it where the browser has
     * no date input ({@code 2-2-2024}); null when blank or wrong, which records an error.
     */
    public @Nullable LocalDate date(String name) {
        String text = value(name).strip();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            error(name, "is geen geldige datum (dag-maand-jaar, bijvoorbeeld 2-2-2024)");
        } else if (!PlausibleDateValidator.isPlausible(date)) {
            error(name, "moet tussen " + PlausibleDate.FIRST_YEAR + " en " + PlausibleDate.LAST_YEAR + " liggen");
            return null;
        }
        return date;
    }

    private static @Nullable LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.replace('/', '-'), DUTCH_TYPED);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** A text as it may be stored ({@link TextRule}); null when blank, an error when it holds a control character. */
    public @Nullable String text(String name) {
        String text = TextRule.normalise(value(name));
        OptionalInt bad = TextRule.forbidden(text);
        if (bad.isPresent()) {
            error(name, TextRule.message(bad.getAsInt()));
        }
        return text.isBlank() ? null : text;
    }

    public @Nullable Long number(String name) {
        String text = value(name).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            error(name, "is geen geldig getal");
            return null;
        }
    }

    /** An enum constant by name; blank gives null, an unknown name an error. */
    public <E extends Enum<E>> @Nullable E choice(String name, Class<E> type) {
        String text = value(name).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            error(name, "kies een van de mogelijkheden");
            return null;
        }
    }

    public Field field(String name) {
        return new Field(name, idPrefix + name, value(name), errors.get(name), List.of());
    }

    /** A select or radio group with these options (value and Dutch label), the typed value selected. */
    public Field field(String name, List<Option> options) {
        String selected = value(name);
        List<Option> marked = options.stream()
                .map(o -> new Option(o.value(), o.label(), o.value().equals(selected)))
                .toList();
        return new Field(name, idPrefix + name, selected, errors.get(name), marked);
    }

    public List<String> generalErrors() {
        return List.copyOf(general);
    }

    /** Every problem with a link to its field, for the summary above a form that failed. */
    public List<ErrorLink> summary() {
        List<ErrorLink> links = new ArrayList<>();
        errors.forEach((field, message) -> links.add(new ErrorLink(
                "#" + idPrefix + field, ViewHelpers.fieldError(labels.getOrDefault(field, field), message))));
        return links;
    }

    public String idPrefix() {
        return idPrefix;
    }

    public static String topLevel(String field) {
        int cut = field.length();
        for (char c : new char[] {'.', '['}) {
            int at = field.indexOf(c);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return field.substring(0, cut);
    }

    private static String fieldOf(Path path) {
        for (Path.Node node : path) {
            if (node.getName() != null
                    && !node.getName().startsWith("<")
                    && node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                return node.getName();
            }
        }
        return "body";
    }

    /**
     * One field as the templates show it.
     *
     * @param id the element id, unique on the page; the error message has id {@code id + "-fout"}
     */
    public record Field(
            String name, String id, String value, @Nullable String error, List<Option> options) {
        public boolean invalid() {
            return error != null;
        }
    }

    /** One option per constant, in declaration order, valued by its name. */
    public static <E extends Enum<E>> List<Option> options(E[] values, java.util.function.Function<E, String> label) {
        return java.util.Arrays.stream(values)
                .map(v -> Option.of(v.name(), label.apply(v)))
                .toList();
    }

    public record Option(String value, String label, boolean selected) {
        public static Option of(String value, String label) {
            return new Option(value, label, false);
        }
    }

    public record ErrorLink(String href, String message) {}
}
