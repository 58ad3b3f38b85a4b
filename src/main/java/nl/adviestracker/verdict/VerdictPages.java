package nl.adviestracker.verdict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /advices/{id}/verdicts}: the body's verdict on each response of the sent letter. Members of the
 * body give and revise it there; staff read it. {@code /reports/verdicts}: the shares satisfied.
 */
@Controller
@Secured({Roles.ASDG, Roles.STAFF})
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class VerdictPages {

    static final Map<String, String> NOTICES = Map.of(
            "oordeel", "Het oordeel van de adviesraad is opgeslagen.",
            "openbaar", "De oordelen van de adviesraad zijn nu te zien bij openbaar gemaakte adviezen.",
            "besloten", "De oordelen van de adviesraad zijn niet meer openbaar.");

    private final Views views;
    private final VerdictScreen screen;
    private final Verdicts verdicts;
    private final PublicVerdicts publicVerdicts;
    private final AdviceRegister advices;
    private final VerdictReport report;

    VerdictPages(
            Views views,
            VerdictScreen screen,
            Verdicts verdicts,
            PublicVerdicts publicVerdicts,
            AdviceRegister advices,
            VerdictReport report) {
        this.views = views;
        this.screen = screen;
        this.verdicts = verdicts;
        this.publicVerdicts = publicVerdicts;
        this.advices = advices;
        this.report = report;
    }

    @Serdeable
    public record VerdictFormInput(
            @Nullable String judgement,
            @Nullable String explanation,
            @Nullable String conversationWanted,
            @Nullable String replaces,
            @Nullable String _csrf)
            implements CsrfForm {}

    @Serdeable
    public record VisibilityForm(
            @Nullable String verdictsPublic, @Nullable String _csrf) implements CsrfForm {}

    @Get(value = "/advices/{id}/verdicts", produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, long id, @Nullable @QueryValue String melding) {
        return views.page("verdicts", screen.view(user, id, null, melding == null ? null : NOTICES.get(melding)));
    }

    @Post(
            value = "/advices/{id}/responses/{responseId}/verdict",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> give(SignedInUser user, long id, long responseId, @Body VerdictFormInput input) {
        Form state = VerdictScreen.emptyForm(responseId, null)
                .set("judgement", input.judgement())
                .set("explanation", input.explanation())
                .set("conversationWanted", input.conversationWanted())
                .set("replaces", input.replaces());
        Judgement judgement = state.choice("judgement", Judgement.class);
        if (judgement == null && !state.hasErrors()) {
            state.error("judgement", "kies een oordeel");
        }
        String explanation = state.text("explanation");
        if (explanation == null) {
            state.error("explanation", "vul een korte toelichting in");
        } else if (explanation.length() > 2000) {
            state.error("explanation", "is te lang (ten hoogste 2000 tekens)");
        }
        Long replaces = state.number("replaces");
        if (!state.hasErrors()) {
            try {
                verdicts.give(
                        user,
                        id,
                        responseId,
                        new VerdictInput(judgement, explanation, "on".equals(input.conversationWanted()), replaces));
                return Redirects.seeOther("/advices/" + id + "/verdicts?melding=oordeel#oordeel-" + responseId);
            } catch (ProblemException problem) {
                if (problem.fieldProblems().isEmpty()) {
                    // not allowed, or not yet (the letter is not sent): the error page says why, with the
                    // status and Dutch reason the API answers
                    throw problem;
                }
                state.problems(problem);
            }
        }
        return views.page(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "verdicts",
                screen.view(user, id, new VerdictScreen.Failed(responseId, state), null));
    }

    /** The body's choice to show its verdicts in public, made on the page of one of its advices. */
    @Post(
            value = "/advices/{id}/verdicts/visibility",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> choose(SignedInUser user, long id, @Body VisibilityForm form) {
        var advice = advices.get(user, id);
        boolean shown = "true".equals(form.verdictsPublic());
        publicVerdicts.choose(user, advice.bodyId(), shown);
        return Redirects.seeOther("/advices/" + id + "/verdicts?melding=" + (shown ? "openbaar" : "besloten"));
    }

    public record SharesPage(
            Frame frame, Form.Field groupBy, Form.Field year, VerdictShares shares, String groupName) {}

    @Get(value = "/reports/verdicts", produces = MediaType.TEXT_HTML)
    @Secured(Roles.STAFF)
    HttpResponse<String> shares(
            SignedInUser user, @Nullable @QueryValue String groupBy, @Nullable @QueryValue String jaar) {
        Form filter = Form.named("filter-")
                .set("groupBy", groupBy == null ? "THEME" : groupBy)
                .set("year", jaar);
        VerdictReport.Grouping grouping;
        try {
            grouping = VerdictReport.Grouping.parse(groupBy);
        } catch (ProblemException e) {
            grouping = VerdictReport.Grouping.THEME;
            filter.error("groupBy", "kies een van de mogelijkheden");
        }
        Long year = filter.number("year");
        if (year != null && (year < 1900 || year > 2999)) {
            filter.error("year", "is geen geldig jaar");
            year = null;
        }
        VerdictShares shares = report.of(grouping, year == null ? null : year.intValue());
        List<Form.Option> groupings = Form.options(VerdictReport.Grouping.values(), VerdictReport.Grouping::dutch);
        return views.page(
                "verdict-shares",
                new SharesPage(
                        Frame.of("Oordelen van de adviesraad", user, "/reports", null),
                        filter.field("groupBy", groupings),
                        filter.field("year"),
                        shares,
                        grouping.dutch()));
    }
}
