package nl.adviestracker.advice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Pager;
import nl.adviestracker.web.Views;

/** {@code /advices}: the advices this user may see, filtered, sorted and in pages. */
@Controller("/advices")
@Secured({Roles.ASDG, Roles.STAFF})
@ExecuteOn(TaskExecutors.BLOCKING)
class AdvicesPage {

    private static final List<String> SORTS = List.of("due", "received", "subject");

    private final Views views;
    private final AdviceList advices;

    AdvicesPage(Views views, AdviceList advices) {
        this.views = views;
        this.advices = advices;
    }

    public record AdvicesView(
            Frame frame,
            boolean member,
            boolean staff,
            List<AdviceSummary> advices,
            List<SortHeader> headers,
            Form.Field status,
            Form.Field overdue,
            String sort,
            boolean desc,
            Pager pager) {}

    /** A sortable column heading: its link flips the direction when the list is already sorted by it. */
    public record SortHeader(
            String label, String href, @Nullable String ariaSort) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(
            HttpRequest<?> request,
            SignedInUser user,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String overdue,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue Boolean desc,
            @Nullable @QueryValue Integer page) {
        Form filter = Form.named("filter-").set("status", status).set("overdue", overdue);
        AdviceStatus wanted = filter.choice("status", AdviceStatus.class);
        Boolean late = "ja".equals(overdue) ? Boolean.TRUE : "nee".equals(overdue) ? Boolean.FALSE : null;
        String sortKey = sort != null && SORTS.contains(sort) ? sort : "due";
        boolean descending = Boolean.TRUE.equals(desc);
        int pageNumber = page == null || page < 0 ? 0 : page;
        PageOf<AdviceSummary> found = advices.find(
                new AdviceFilter(wanted, null, null, late, sortKey, descending).visibleTo(user),
                new PageRequest(pageNumber, PageRequest.DEFAULT_SIZE));
        Pager.Query query = Pager.Query.of("/advices")
                .with("status", wanted == null ? null : wanted.name())
                .with("overdue", late == null ? null : overdue);
        List<SortHeader> headers = List.of(
                header("Onderwerp", "subject", sortKey, descending, query),
                header("Ontvangen", "received", sortKey, descending, query),
                header("Antwoord uiterlijk", "due", sortKey, descending, query));
        Pager pager = Pager.of(
                found,
                query.with("sort", sortKey.equals("due") ? null : sortKey).with("desc", descending ? "true" : null),
                "page");
        List<AdviceStatus> statuses = new ArrayList<>(Arrays.asList(AdviceStatus.values()));
        if (user.role() != Role.ASDG) {
            statuses.remove(AdviceStatus.DRAFT);
        }
        return views.page(
                "advices",
                new AdvicesView(
                        Frame.of("Adviezen", user, "/advices", null),
                        user.role() == Role.ASDG,
                        user.isStaff(),
                        found.items(),
                        headers,
                        filter.field(
                                "status",
                                statuses.stream()
                                        .map(s -> Form.Option.of(s.name(), s.dutch()))
                                        .toList()),
                        filter.field(
                                "overdue",
                                List.of(Form.Option.of("ja", "alleen te laat"), Form.Option.of("nee", "niet te laat"))),
                        sortKey,
                        descending,
                        pager));
    }

    private static SortHeader header(String label, String key, String current, boolean desc, Pager.Query query) {
        boolean active = key.equals(current);
        boolean nextDesc = active && !desc;
        String href =
                query.with("sort", key).with("desc", nextDesc ? "true" : null).href();
        return new SortHeader(label, href, active ? (desc ? "descending" : "ascending") : null);
    }
}
