package nl.adviestracker.report;

import jakarta.inject.Singleton;
import nl.adviestracker.shared.RecentlyMade;
import nl.adviestracker.web.Views;

/**
 * The dashboard's sections as HTML, rendered again only for figures not among those rendered lately. The figures
 * are read afresh on every request (from the counts the triggers keep, a few milliseconds), so the key is the
 * figures themselves: a section can never show other numbers than those read. Rendering the page's tables and
 * charts was most of its CPU (bench/FINDINGS.md), and the figures change only with the advices and follow-ups.
 * A model must be immutable data (records, unmodifiable lists), equal exactly when it renders the same.
 */
@Singleton
class DashboardHtml {

    /** Enough for a few managers' sort orders and pages at once; each is tens of kilobytes. */
    private static final int KEPT = 8;

    private record Key(String view, Object model) {}

    private final Views views;
    private final RecentlyMade<Key, String> rendered = new RecentlyMade<>(KEPT);

    DashboardHtml(Views views) {
        this.views = views;
    }

    /** {@code view} rendered for {@code model} (escaped as every view is). */
    String html(String view, Object model) {
        return rendered.of(new Key(view, model), key -> views.render(key.view(), key.model()));
    }
}
