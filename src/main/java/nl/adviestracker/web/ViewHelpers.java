package nl.adviestracker.web;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** Template helpers: Dutch dates and simple comparisons. */
@Singleton
class ViewHelpers {

    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    void registerOn(Handlebars handlebars) {
        handlebars.registerHelper("date", (Helper<Object>) (value, options) ->
                value instanceof LocalDate date ? DUTCH_DATE.format(date) : "");
        handlebars.registerHelper("eq", (Helper<Object>) (value, options) ->
                Objects.equals(String.valueOf(value), String.valueOf(options.param(0, null))));
    }
}
