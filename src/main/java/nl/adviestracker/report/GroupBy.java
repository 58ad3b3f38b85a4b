package nl.adviestracker.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.adviestracker.shared.ProblemException;

/** What a report groups advices by; each is an SQL expression over advice {@code a} and body {@code b}. */
public enum GroupBy {
    BODY("adviesorgaan", "b.name"),
    THEME("thema", "coalesce(a.theme, '(geen thema)')"),
    DEPARTMENT("afdeling", "coalesce(a.department, '(geen afdeling)')"),
    YEAR("jaar", "extract(year from a.received_on)::int::text");

    private final String dutch;
    final String sql;

    GroupBy(String dutch, String sql) {
        this.dutch = dutch;
        this.sql = sql;
    }

    public String dutch() {
        return dutch;
    }

    public static GroupBy parse(String value) {
        if (value == null || value.isBlank()) {
            return BODY;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(
                    "groupBy",
                    "kies uit "
                            + Arrays.stream(values())
                                    .map(g -> g.name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(", ")));
        }
    }
}
