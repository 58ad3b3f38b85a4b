package nl.adviestracker.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.body.AdvisoryBodyRepository;
import nl.adviestracker.followup.FollowUpStatus;
import nl.adviestracker.response.Stance;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Views;

/** The search screen: one box, a few filters, hits with the matched words marked. */
@Controller("/search")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ASDG, Roles.STAFF})
class SearchPage {

    private static final int PAGE_SIZE = 20;

    private final Search search;
    private final Views views;
    private final AdvisoryBodyRepository bodies;

    SearchPage(Search search, Views views, AdvisoryBodyRepository bodies) {
        this.search = search;
        this.views = views;
        this.bodies = bodies;
    }

    public record Option(String value, String label, boolean selected) {}

    public record HitRow(
            String kind,
            String href,
            String subject,
            String bodyName,
            @Nullable String label,
            @Nullable String stance,
            @Nullable String followUpStatus,
            LocalDate receivedOn,
            String snippetHtml) {}

    public record SearchView(
            Frame frame,
            String q,
            @Nullable String correctedQuery,
            boolean searched,
            long total,
            boolean totalCapped,
            List<HitRow> hits,
            @Nullable String previous,
            @Nullable String next,
            int pageNumber,
            int pageCount,
            boolean chooseBody,
            List<Option> bodies,
            String theme,
            String year,
            List<Option> stances,
            List<Option> statuses,
            List<Option> kinds,
            @Nullable String error) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(
            SignedInUser user,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String bodyId,
            @Nullable @QueryValue String theme,
            @Nullable @QueryValue String year,
            @Nullable @QueryValue String stance,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String kind,
            @Nullable @QueryValue Integer page) {
        String query = q == null ? "" : q.strip();
        String error = null;
        SearchResult result = null;
        SearchFilter filter = null;
        try {
            filter = new SearchFilter(
                    number(bodyId, "bodyId"),
                    blankToNull(theme),
                    year(year),
                    choice(Stance.class, stance, "stance"),
                    choice(AdviceStatus.class, status, "status"),
                    choice(HitKind.class, kind, "kind"));
            if (!query.isEmpty()) {
                result = search.find(
                        query, filter, PageRequest.of(page == null ? 0 : Math.max(0, page), PAGE_SIZE), user);
            }
        } catch (ProblemException e) {
            error = "Deze zoekopdracht kan niet worden uitgevoerd: controleer de filters.";
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", query);
        params.put("bodyId", bodyId);
        params.put("theme", theme);
        params.put("year", year);
        params.put("stance", stance);
        params.put("status", status);
        params.put("kind", kind);
        List<HitRow> rows = result == null
                ? List.of()
                : result.items().stream().map(SearchPage::row).toList();
        int current = result == null ? 0 : result.page();
        int pages = result == null ? 0 : result.pageCount();
        String previous = current > 0 ? link(params, current - 1) : null;
        String next = current + 1 < pages ? link(params, current + 1) : null;
        boolean chooseBody = user.role() != Role.ASDG;
        List<Option> bodyOptions = new ArrayList<>();
        if (chooseBody) {
            bodyOptions.add(new Option("", "Alle adviesorganen", bodyId == null || bodyId.isBlank()));
            StreamSupport.stream(bodies.findAll().spliterator(), false)
                    .sorted((x, y) -> x.name().compareToIgnoreCase(y.name()))
                    .forEach(b -> bodyOptions.add(new Option(
                            String.valueOf(b.id()),
                            b.name(),
                            String.valueOf(b.id()).equals(bodyId))));
        }
        SearchView view = new SearchView(
                Frame.of("Zoeken", user, "/search", null),
                query,
                result == null ? null : result.correctedQuery(),
                result != null,
                result == null ? 0 : result.total(),
                result != null && result.totalCapped(),
                rows,
                previous,
                next,
                current + 1,
                pages,
                chooseBody,
                bodyOptions,
                theme == null ? "" : theme,
                year == null ? "" : year,
                options(
                        Arrays.stream(Stance.values())
                                .map(s -> new Option(s.name(), s.dutch(), false))
                                .toList(),
                        stance,
                        "Elk standpunt"),
                options(
                        Arrays.stream(AdviceStatus.values())
                                .filter(s -> s != AdviceStatus.DRAFT || user.role() == Role.ASDG)
                                .map(s -> new Option(s.name(), s.dutch(), false))
                                .toList(),
                        status,
                        "Elke status"),
                options(
                        Arrays.stream(HitKind.values())
                                .map(k -> new Option(k.name(), k.dutch(), false))
                                .toList(),
                        kind,
                        "Alles"),
                error);
        return views.page("search", view);
    }

    private static HitRow row(SearchHit hit) {
        return new HitRow(
                hit.kind().dutch(),
                "/advices/" + hit.adviceId(),
                hit.adviceSubject(),
                hit.bodyName(),
                hit.label(),
                hit.stance() == null ? null : hit.stance().dutch(),
                hit.followUpStatus() == null
                        ? null
                        : FollowUpStatus.valueOf(hit.followUpStatus()).dutch(),
                hit.receivedOn(),
                hit.snippetHtml());
    }

    private static List<Option> options(List<Option> values, @Nullable String chosen, String any) {
        List<Option> result = new ArrayList<>();
        result.add(new Option("", any, chosen == null || chosen.isBlank()));
        for (Option option : values) {
            result.add(new Option(option.value(), option.label(), option.value().equals(chosen)));
        }
        return result;
    }

    private static String link(Map<String, String> params, int page) {
        StringBuilder href = new StringBuilder("/search?");
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                href.append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                        .append('&');
            }
        });
        return href.append("page=").append(page).toString();
    }

    private static Long number(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "is geen getal");
        }
    }

    private static Integer year(@Nullable String value) {
        Long year = number(value, "year");
        if (year != null && (year < 1900 || year > 2200)) {
            throw ProblemException.invalid("year", "is geen jaartal");
        }
        return year == null ? null : year.intValue();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, @Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "onbekende keuze");
        }
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
