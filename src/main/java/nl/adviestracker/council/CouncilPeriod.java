package nl.adviestracker.council;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.adviestracker.shared.ProblemException;

/**
 * The period a report to the council covers: a calendar year ("2009": 1 January to 31 December) or a
 * council term ("2022-2026"). Dutch municipal councils are elected in the middle of March every four years
 * and the new council is installed late that month, so a term runs from 1 April of its first year up to
 * and including 31 March of its last, which must be four years later. A term may start in any year: a
 * municipality formed by a merger (herindeling) votes out of step with the rest.
 *
 * @param key how the period is named in addresses and stored with its introduction: "2009" or "2022-2026"
 * @param from the first day of the period
 * @param to the last day of the period
 */
public record CouncilPeriod(String key, LocalDate from, LocalDate to) {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;
    private static final Pattern TERM = Pattern.compile("(\\d{4})-(\\d{4})");

    public static CouncilPeriod year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.invalid("year", "is geen geldig jaar");
        }
        return new CouncilPeriod(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static CouncilPeriod term(String term) {
        Matcher m = TERM.matcher(term == null ? "" : term.strip());
        if (!m.matches()) {
            throw ProblemException.invalid("term", "schrijf een raadsperiode als 2022-2026");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (start < FIRST_YEAR || end > LAST_YEAR || end != start + 4) {
            throw ProblemException.invalid("term", "een raadsperiode duurt vier jaar, zoals 2022-2026");
        }
        return new CouncilPeriod(start + "-" + end, LocalDate.of(start, 4, 1), LocalDate.of(end, 3, 31));
    }

    /** Exactly one of a year or a term; neither or both is refused, naming {@code year}. */
    public static CouncilPeriod of(@Nullable Integer year, @Nullable String term) {
        boolean hasTerm = term != null && !term.isBlank();
        if (year != null && hasTerm) {
            throw ProblemException.invalid("year", "kies een jaar of een raadsperiode, niet allebei");
        }
        if (year == null && !hasTerm) {
            throw ProblemException.invalid("year", "kies een jaar of een raadsperiode");
        }
        return year != null ? year(year) : term(term);
    }

    /** From a stored key ("2009" or "2022-2026"). */
    public static CouncilPeriod parse(String key) {
        return key.contains("-") ? term(key) : year(Integer.parseInt(key));
    }

    public boolean isTerm() {
        return key.contains("-");
    }

    /** "2009" or "de raadsperiode 2022-2026", as a sentence names it. */
    public String dutch() {
        return isTerm() ? "de raadsperiode " + key : key;
    }

    /** The day the figures are counted on: the period's last day, or today while the period runs. */
    public LocalDate countedOn(LocalDate today) {
        return today.isBefore(to) ? today : to;
    }
}
