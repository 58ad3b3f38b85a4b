package nl.adviestracker.verdict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.ProblemException;

/**
 * The body's verdicts on the college's responses. Members of the body give them once the letter is
 * sent; staff read them and get 403 on every write: a verdict is the body's own words.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ASDG, Roles.STAFF})
class VerdictApi {

    private final Verdicts verdicts;
    private final PublicVerdicts publicVerdicts;
    private final VerdictReport report;

    VerdictApi(Verdicts verdicts, PublicVerdicts publicVerdicts, VerdictReport report) {
        this.verdicts = verdicts;
        this.publicVerdicts = publicVerdicts;
        this.report = report;
    }

    /** Per response of the advice: the current verdict and every earlier one. */
    @Get("/advices/{id}/verdicts")
    List<ResponseVerdicts> list(SignedInUser user, long id) {
        return verdicts.of(user, id);
    }

    /** A new verdict on the response, or a revision of the current one ({@code replaces}). */
    @Post("/advices/{id}/responses/{responseId}/verdicts")
    @Status(HttpStatus.CREATED)
    HttpResponse<VerdictView> give(SignedInUser user, long id, long responseId, @Valid @Body VerdictInput input) {
        VerdictView verdict = verdicts.give(user, id, responseId, input);
        return HttpResponse.created(verdict, URI.create("/api/advices/" + id + "/verdicts"));
    }

    /** Whether the body's verdicts show on its public pages: the body's members and staff may read it. */
    @Get("/bodies/{id}/verdict-visibility")
    VerdictSetting visibility(SignedInUser user, long id) {
        return publicVerdicts.get(user, id);
    }

    /** Only members of the body choose. */
    @Put("/bodies/{id}/verdict-visibility")
    VerdictSetting choose(SignedInUser user, long id, @Valid @Body VerdictSetting setting) {
        return publicVerdicts.choose(user, id, setting.verdictsPublic());
    }

    /** Shares satisfied per theme (default), department, year or body; {@code year}: advices received then. */
    @Get("/reports/verdicts")
    @Secured(Roles.STAFF)
    VerdictShares shares(@Nullable @QueryValue String groupBy, @Nullable @QueryValue Integer year) {
        if (year != null && (year < 1900 || year > 2999)) {
            throw ProblemException.invalid("year", "is geen geldig jaar");
        }
        return report.of(VerdictReport.Grouping.parse(groupBy), year);
    }
}
