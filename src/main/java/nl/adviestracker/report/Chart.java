package nl.adviestracker.report;

import java.util.Locale;

/** The charts of the dashboard and the reports, each an SVG document at {@code /dashboard/charts/<slug>.svg} ({@link ChartImages}). */
enum Chart {
    ADVICES("Adviezen per kwartaal"),
    ON_TIME("Op tijd beantwoord per kwartaal"),
    MEDIAN_DAYS("Dagen tot antwoord per kwartaal (mediaan)"),
    STANCES("Standpunten"),
    FOLLOWUP_AGES("Open toezeggingen naar leeftijd");

    final String title;

    Chart(String title) {
        this.title = title;
    }

    /** As in the chart's address: "on-time" for ON_TIME. */
    String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
