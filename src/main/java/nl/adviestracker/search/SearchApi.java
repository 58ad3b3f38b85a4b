package nl.adviestracker.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.response.Stance;
import nl.adviestracker.shared.PageRequest;

@Controller("/api/search")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ASDG, Roles.STAFF})
class SearchApi {

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    /**
     * Advices, points, responses and follow-ups that contain every word of {@code q} (in any inflection,
     * also as the start of a compound), best first, with highlighted snippets. Members of a body search
     * their own body only.
     */
    @Get
    SearchResult find(
            SignedInUser user,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Long bodyId,
            @Nullable @QueryValue String theme,
            @Nullable @QueryValue Integer year,
            @Nullable @QueryValue Stance stance,
            @Nullable @QueryValue AdviceStatus status,
            @Nullable @QueryValue HitKind kind,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        return search.find(
                q, new SearchFilter(bodyId, theme, year, stance, status, kind), PageRequest.of(page, size), user);
    }
}
