package nl.adviestracker.accessibility;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.ViewHelpers;
import nl.adviestracker.web.Views;

/**
 * {@code /toegankelijkheid}: the accessibility statement (toegankelijkheidsverklaring) in the format of
 * the Dutch government's model, with the results of the last automated check per page.
 */
@Controller("/toegankelijkheid")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class StatementPage {

    static final String RESULTS = "accessibility/axe-results.json";

    private final Views views;
    private final AxeResults results;

    StatementPage(Views views, JsonMapper json) {
        this.views = views;
        try (InputStream in = StatementPage.class.getClassLoader().getResourceAsStream(RESULTS)) {
            if (in == null) {
                throw new IllegalStateException(RESULTS + " is missing from the class path");
            }
            AxeResults read = json.readValue(in.readAllBytes(), AxeResults.class);
            this.results = new AxeResults(
                    read.checkedOn(),
                    read.tool(),
                    read.pages().stream().map(StatementPage::readable).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A page as a person reads it: the path, and that it was filtered or sorted, without the query's
     * own words (which name the code's values, such as a status).
     */
    private static AxeResults.PageResult readable(AxeResults.PageResult page) {
        int query = page.page().indexOf('?');
        if (query < 0) {
            return page;
        }
        return new AxeResults.PageResult(
                page.page().substring(0, query) + " (gefilterd of gesorteerd)",
                page.passes(),
                page.minor(),
                page.moderate(),
                page.serious(),
                page.critical(),
                page.violations());
    }

    public record StatementView(
            Frame frame,
            String checkedOn,
            String tool,
            int pageCount,
            int cleanCount,
            List<AxeResults.PageResult> pages,
            List<AxeResults.PageResult> withFindings) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> statement(@Nullable SignedInUser user) {
        return views.page(
                "accessibility",
                new StatementView(
                        Frame.of("Toegankelijkheidsverklaring", user, "/toegankelijkheid", null),
                        ViewHelpers.DUTCH_DATE.format(results.checkedOn()),
                        results.tool(),
                        results.pages().size(),
                        (int) results.pages().stream()
                                .filter(AxeResults.PageResult::clean)
                                .count(),
                        results.pages(),
                        results.pages().stream().filter(p -> !p.clean()).toList()));
    }
}
