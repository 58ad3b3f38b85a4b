package nl.adviestracker.web;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import nl.adviestracker.shared.DutchDates;

/** Template helpers: Dutch dates and times (Europe/Amsterdam) and simple comparisons. */
@Singleton
public class ViewHelpers {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    static final DateTimeFormatter DUTCH_DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", DUTCH);

    void registerOn(Handlebars handlebars) {
        handlebars.registerHelper("date", (Helper<Object>) (value, options) -> {
            if (value instanceof LocalDate date) {
                return DUTCH_DATE.format(date);
            }
            if (value instanceof Instant instant) {
                return DUTCH_DATE.format(instant.atZone(DutchDates.ZONE));
            }
            return "";
        });
        handlebars.registerHelper("datetime", (Helper<Object>) (value, options) ->
                value instanceof Instant instant ? DUTCH_DATE_TIME.format(instant.atZone(DutchDates.ZONE)) : "");
        handlebars.registerHelper("fieldError", (Helper<Object>) (value, options) ->
                fieldError(String.valueOf(options.param(0, "")), value == null ? "" : value.toString()));
        // {{plural n "advies" "adviezen"}}: the word for the count, so a page never says "1 adviezen"
        handlebars.registerHelper("plural", (Helper<Object>) (value, options) ->
                value instanceof Number n && n.longValue() == 1 ? options.param(0, "") : options.param(1, ""));
        handlebars.registerHelper("eq", (Helper<Object>)
                (value, options) -> Objects.equals(String.valueOf(value), String.valueOf(options.param(0, null))));
    }

    /**
     * A field's problem as a sentence: "Tekst is verplicht" for the API's short messages that follow the
     * field's name, the message itself ("Kies minstens één punt") when it stands alone.
     */
    public static String fieldError(String label, String message) {
        if (message.matches("^(is|mag|moet|bevat|heeft|kan) .*")) {
            return label + " " + message;
        }
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
