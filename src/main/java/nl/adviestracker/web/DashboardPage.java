package nl.adviestracker.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.AdviceFilter;
import nl.adviestracker.advice.AdviceList;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.AdviceSummary;
import nl.adviestracker.followup.FollowUpFilter;
import nl.adviestracker.followup.FollowUpList;
import nl.adviestracker.followup.FollowUpSummary;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;

/**
 * {@code /dashboard} for managers: every open follow-up (late first, by owner and theme, with its age)
 * and the advices whose answer is due or late, each linked to where it can be dealt with.
 */
@Controller("/dashboard")
@Secured(Roles.MANAGER)
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardPage {

    private static final List<String> SORTS = List.of("due", "owner", "age");
    /** Open follow-ups counted for the summaries; far above what one municipality has open. */
    private static final int COUNT_LIMIT = 10_000;

    private final Views views;
    private final FollowUpList followUps;
    private final AdviceList advices;

    DashboardPage(Views views, FollowUpList followUps, AdviceList advices) {
        this.views = views;
        this.followUps = followUps;
        this.advices = advices;
    }

    public record DashboardView(Frame frame, long openCount, long overdueCount, long undatedCount, List<Group> byOwner,
            List<Group> byTheme, List<FollowUpSummary> followUps, Pager followUpPager, List<SortLink> sorts,
            List<AdviceSummary> advices, long lateAdvices, Pager advicePager) {}

    /** Open follow-ups of one owner or theme, and how many of them are late. */
    public record Group(String name, int open, int overdue, long oldestDays) {}

    public record SortLink(String label, String href, boolean current) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(Authentication authentication, @Nullable @QueryValue String sort,
            @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer adviezen) {
        String sortKey = sort != null && SORTS.contains(sort) ? sort : "due";
        List<FollowUpSummary> allOpen = allOpen();
        Map<String, int[]> owners = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, int[]> themes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Long> oldestOwner = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Long> oldestTheme = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        long overdue = 0;
        long undated = 0;
        for (FollowUpSummary f : allOpen) {
            count(owners, oldestOwner, f.owner(), f);
            count(themes, oldestTheme, f.theme() == null ? "zonder thema" : f.theme(), f);
            overdue += f.overdue() ? 1 : 0;
            undated += f.dueOn() == null ? 1 : 0;
        }
        PageOf<FollowUpSummary> shown = followUps.find(new FollowUpFilter("open", null, null, null, null, null, sortKey),
                new PageRequest(page == null || page < 0 ? 0 : page, PageRequest.DEFAULT_SIZE));
        PageOf<AdviceSummary> due = advices.find(new AdviceFilter(AdviceStatus.RECEIVED, null, null, null, "due", false),
                new PageRequest(adviezen == null || adviezen < 0 ? 0 : adviezen, 10));
        long late = advices.find(new AdviceFilter(AdviceStatus.RECEIVED, null, null, true, "due", false),
                new PageRequest(0, 1)).total();
        Pager.Query query = Pager.Query.of("/dashboard").with("sort", sortKey.equals("due") ? null : sortKey);
        List<SortLink> sorts = List.of(
                new SortLink("te laat en datum", query.with("sort", null).href(), sortKey.equals("due")),
                new SortLink("uitvoerder", query.with("sort", "owner").href(), sortKey.equals("owner")),
                new SortLink("leeftijd", query.with("sort", "age").href(), sortKey.equals("age")));
        SignedInUser user = SignedInUser.of(authentication);
        return views.page("dashboard", new DashboardView(Frame.of("Dashboard", user, "/dashboard", null), allOpen.size(),
                overdue, undated, groups(owners, oldestOwner), groups(themes, oldestTheme),
                shown.items(), Pager.of(shown, query.with("adviezen", adviezen), "page"), sorts, due.items(), late,
                Pager.of(due, query.with("page", page), "adviezen")));
    }

    private List<FollowUpSummary> allOpen() {
        List<FollowUpSummary> all = new ArrayList<>();
        int page = 0;
        while (all.size() < COUNT_LIMIT) {
            PageOf<FollowUpSummary> next = followUps.find(FollowUpFilter.openOnes(), new PageRequest(page++, PageRequest.MAX_SIZE));
            all.addAll(next.items());
            if (next.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return all;
    }

    private static void count(Map<String, int[]> counts, Map<String, Long> oldest, String key, FollowUpSummary f) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0]++;
        c[1] += f.overdue() ? 1 : 0;
        oldest.merge(key, f.ageInDays(), Math::max);
    }

    private static List<Group> groups(Map<String, int[]> counts, Map<String, Long> oldest) {
        List<Group> groups = new ArrayList<>();
        counts.forEach((name, c) -> groups.add(new Group(name, c[0], c[1], oldest.get(name))));
        groups.sort((a, b) -> a.overdue() != b.overdue() ? Integer.compare(b.overdue(), a.overdue())
                : Integer.compare(b.open(), a.open()));
        return groups;
    }
}
