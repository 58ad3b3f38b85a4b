package nl.adviestracker.report;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import nl.adviestracker.web.Views;

/**
 * The dashboard's charts with their tables, as HTML, rendered again only when their figures differ from those
 * rendered last. The figures are read afresh on every request (from the counts the triggers keep, a few
 * milliseconds), so the key is the numbers themselves: the section can never show other numbers than those
 * read. Rendering it cost a third of the page's CPU, and the figures change only with the advices.
 */
@Singleton
class DashboardCharts {

    private record Rendered(List<ChartFigures.Figure> figures, String html) {}

    private final Views views;
    private volatile Rendered last;

    DashboardCharts(Views views) {
        this.views = views;
    }

    /** The charts section's HTML for these figures (escaped as every view is). */
    String html(List<ChartFigures.Figure> figures) {
        Rendered rendered = last;
        if (rendered != null && rendered.figures().equals(figures)) {
            return rendered.html();
        }
        String html = views.render("partials/dashboard-charts", Map.of("charts", figures));
        last = new Rendered(List.copyOf(figures), html);
        return html;
    }
}
