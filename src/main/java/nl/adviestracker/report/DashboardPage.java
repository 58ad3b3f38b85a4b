package nl.adviestracker.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.transaction.annotation.Transactional;
import java.util.List;
import java.util.Map;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.AdviceList;
import nl.adviestracker.advice.AdviceSummary;
import nl.adviestracker.followup.FollowUpFilter;
import nl.adviestracker.followup.FollowUpList;
import nl.adviestracker.followup.FollowUpSummary;
import nl.adviestracker.followup.OpenFollowUpCounts;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Pager;
import nl.adviestracker.web.Views;

/**
 * {@code /dashboard} for managers: every open follow-up (late first, by owner and theme, with its age)
 * and the advices whose answer is due or late, each linked to where it can be dealt with; then the
 * trends per quarter, the stances per body and theme and the open follow-ups by age as charts, each
 * with its numbers in a table.
 */
@Controller("/dashboard")
@Secured(Roles.MANAGER)
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardPage {

    private static final List<String> SORTS = List.of("due", "owner", "age");

    private final Views views;
    private final FollowUpList followUps;
    private final OpenFollowUpCounts openCounts;
    private final AdviceList advices;
    private final ChartFigures charts;
    private final DashboardHtml html;
    private final StationWaits stations;

    DashboardPage(
            Views views,
            FollowUpList followUps,
            OpenFollowUpCounts openCounts,
            AdviceList advices,
            ChartFigures charts,
            DashboardHtml html,
            StationWaits stations) {
        this.views = views;
        this.followUps = followUps;
        this.openCounts = openCounts;
        this.advices = advices;
        this.charts = charts;
        this.html = html;
        this.stations = stations;
    }

    /** The page: its frame, and its sections as HTML (see {@link DashboardBody}). */
    public record DashboardView(Frame frame, String bodyHtml) {}

    /** Everything the page's sections show, read afresh on each request: the key of their HTML. */
    public record DashboardBody(
            long openCount,
            long overdueCount,
            long undatedCount,
            List<OpenFollowUpCounts.Group> byOwner,
            List<OpenFollowUpCounts.Group> byTheme,
            List<FollowUpSummary> followUps,
            Pager followUpPager,
            List<SortLink> sorts,
            List<AdviceSummary> advices,
            long lateAdvices,
            Pager advicePager,
            @Nullable String chartsHtml,
            List<StationWaits.Station> stations) {

        DashboardBody withCharts(String html) {
            return new DashboardBody(
                    openCount,
                    overdueCount,
                    undatedCount,
                    byOwner,
                    byTheme,
                    followUps,
                    followUpPager,
                    sorts,
                    advices,
                    lateAdvices,
                    advicePager,
                    html,
                    stations);
        }
    }

    public record SortLink(String label, String href, boolean current) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(
            SignedInUser user,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer adviezen) {
        String sortKey = sort != null && SORTS.contains(sort) ? sort : "due";
        Read read = read(sortKey, page, adviezen);
        // rendered after the transaction, so a page rendered afresh does not hold a connection meanwhile
        String chartsHtml = html.html("partials/dashboard-charts", Map.of("charts", read.charts()));
        String bodyHtml = html.html("partials/dashboard-body", read.body().withCharts(chartsHtml));
        return views.page("dashboard", new DashboardView(Frame.of("Dashboard", user, "/dashboard", null), bodyHtml));
    }

    /** What a request reads: the sections' figures, and the charts' figures whose HTML the body shows. */
    record Read(DashboardBody body, List<ChartFigures.Figure> charts) {}

    /**
     * Everything the page shows, read on one connection: one round of organisation set-up. (Read committed: each
     * statement reads its own snapshot, as the figures of two requests a moment apart would.)
     */
    @Transactional(readOnly = true)
    Read read(String sortKey, @Nullable Integer page, @Nullable Integer adviezen) {
        OpenFollowUpCounts.Counts counts = openCounts.now(FollowUpAges.BAND_ENDS);
        PageOf<FollowUpSummary> shown = followUps.find(
                new FollowUpFilter("open", null, null, null, null, null, sortKey),
                new PageRequest(page == null || page < 0 ? 0 : page, PageRequest.DEFAULT_SIZE));
        AdviceList.Due awaiting = advices.due(new PageRequest(adviezen == null || adviezen < 0 ? 0 : adviezen, 10));
        PageOf<AdviceSummary> due = awaiting.page();
        long late = awaiting.late();
        Pager.Query query = Pager.Query.of("/dashboard").with("sort", sortKey.equals("due") ? null : sortKey);
        List<SortLink> sorts = List.of(
                new SortLink("te laat en datum", query.with("sort", null).href(), sortKey.equals("due")),
                new SortLink("uitvoerder", query.with("sort", "owner").href(), sortKey.equals("owner")),
                new SortLink("leeftijd", query.with("sort", "age").href(), sortKey.equals("age")));
        DashboardBody body = new DashboardBody(
                counts.open(),
                counts.overdue(),
                counts.undated(),
                counts.byOwner(),
                counts.byTheme(),
                shown.items(),
                Pager.of(shown, query.with("adviezen", adviezen), "page"),
                sorts,
                due.items(),
                late,
                Pager.of(due, query.with("page", page), "adviezen"),
                null,
                stations.now());
        return new Read(body, List.copyOf(charts.dashboard(FollowUpAges.counted(counts.byAge()))));
    }
}
