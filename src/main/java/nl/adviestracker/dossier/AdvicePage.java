package nl.adviestracker.dossier;

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
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.followup.FollowUpInput;
import nl.adviestracker.followup.FollowUps;
import nl.adviestracker.publication.Publications;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.PlainForm;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /advices/{id}}: one advice with its points and the college's responses. Staff answer one or
 * more unanswered points at a time, add follow-ups to a response, and publish the answered advice.
 */
@Controller("/advices/{id}")
@Secured({Roles.ASDG, Roles.STAFF})
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class AdvicePage {

    /** Confirmations after a change, by key, so no user text travels in the address. */
    static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("reactie", "De reactie is opgeslagen."),
            Map.entry("reactie-gewijzigd", "De wijziging van de reactie is opgeslagen."),
            Map.entry("reactie-verwijderd", "De reactie is verwijderd; de punten staan weer open."),
            Map.entry("toezegging", "De toezegging is toegevoegd."),
            Map.entry("openbaar", "Het advies en de reacties zijn openbaar gemaakt."),
            Map.entry("ingetrokken", "De openbaarmaking is ingetrokken."),
            Map.entry("aangemaakt", "Het concept is aangemaakt. Voeg nu de punten van het advies toe."),
            Map.entry("gegevens", "De gegevens van het advies zijn opgeslagen."),
            Map.entry("punt", "Het punt is opgeslagen."),
            Map.entry("punt-verwijderd", "Het punt is verwijderd."),
            Map.entry("volgorde", "De volgorde van de punten is aangepast."),
            Map.entry("herhaling", "Het besluit over het herhaalde advies is opgeslagen."),
            Map.entry("ingediend", "Het advies is ingediend bij het college. De tekst ligt nu vast."),
            Map.entry("ter-beoordeling", "De reactie is ter beoordeling aangeboden."),
            Map.entry("goedgekeurd", "De reactie is goedgekeurd."),
            Map.entry("teruggestuurd", "De reactie is teruggestuurd naar de schrijver, met uw opmerking."),
            Map.entry("trekker", "De trekker van dit advies is opgeslagen."),
            Map.entry("toegewezen", "De punten zijn toegewezen."),
            Map.entry(
                    "behandeling", "De behandeling (afdeling, portefeuillehouder, thema, ons kenmerk) is opgeslagen."));

    private final Views views;
    private final AdviceScreen screen;
    private final Responses responses;
    private final FollowUps followUps;
    private final Publications publications;
    private final ResponseForms responseForms;
    private final Validator validator;

    AdvicePage(
            Views views,
            AdviceScreen screen,
            Responses responses,
            FollowUps followUps,
            Publications publications,
            ResponseForms responseForms,
            Validator validator) {
        this.views = views;
        this.screen = screen;
        this.responses = responses;
        this.followUps = followUps;
        this.publications = publications;
        this.responseForms = responseForms;
        this.validator = validator;
    }

    @Serdeable
    public record ResponseForm(
            @Nullable List<String> pointIds,
            @Nullable String stance,
            @Nullable String paraphrase,
            @Nullable String text,
            @Nullable String reason,
            @Nullable String version,
            @Nullable String _csrf)
            implements CsrfForm {}

    @Serdeable
    public record FollowUpForm(
            @Nullable String description,
            @Nullable String owner,
            @Nullable String dueOn,
            @Nullable String _csrf) implements CsrfForm {}

    @Serdeable
    public record PublicationForm(
            @Nullable String publishedOn, @Nullable String _csrf) implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, long id, @Nullable @QueryValue String melding) {
        return views.page(
                "advice",
                screen.view(id, user, AdviceScreen.Forms.empty(), melding == null ? null : NOTICES.get(melding)));
    }

    /** One response to the chosen points. */
    @Post(value = "/responses", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.STAFF)
    HttpResponse<?> respond(SignedInUser user, long id, @Body ResponseForm form) {
        Form state = ResponseForms.form("reactie-", form);
        Set<Long> selected = new LinkedHashSet<>();
        ResponseInput input = responseForms.read(state, form, selected, null);
        if (!state.hasErrors()) {
            try {
                ResponseView saved = responses.create(user, id, input);
                return Redirects.seeOther("/advices/" + id + "?melding=reactie#reactie-" + saved.id());
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.NOT_FOUND || problem.status() == ProblemStatus.FORBIDDEN) {
                    throw problem;
                }
                state.problems(problem);
            }
        }
        return views.page(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "advice",
                screen.view(id, user, AdviceScreen.Forms.empty().withNewResponse(state, selected), null));
    }

    @Post(
            value = "/responses/{responseId}/followups",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @Secured(Roles.STAFF)
    HttpResponse<?> addFollowUp(SignedInUser user, long id, long responseId, @Body FollowUpForm form) {
        responses.get(id, responseId);
        Form state = Form.named("toezegging-" + responseId + "-")
                .set("description", form.description())
                .set("owner", form.owner())
                .set("dueOn", form.dueOn());
        FollowUpInput input = new FollowUpInput(
                responseId, state.text("description"), state.text("owner"), state.date("dueOn"), null, null);
        state.violations(validator.validate(input));
        if (!state.hasErrors()) {
            try {
                followUps.create(user, input);
                return Redirects.seeOther("/advices/" + id + "?melding=toezegging#reactie-" + responseId);
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.NOT_FOUND || problem.status() == ProblemStatus.FORBIDDEN) {
                    throw problem;
                }
                state.problems(problem);
            }
        }
        return views.page(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "advice",
                screen.view(id, user, AdviceScreen.Forms.empty().withFollowUp(responseId, state), null));
    }

    @Post(value = "/publication", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.STAFF)
    HttpResponse<?> publish(SignedInUser user, long id, @Body PublicationForm form) {
        Form state = Form.named("publicatie-").set("publishedOn", form.publishedOn());
        LocalDate on = state.date("publishedOn");
        if (!state.hasErrors()) {
            try {
                publications.publish(id, on);
                return Redirects.seeOther("/advices/" + id + "?melding=openbaar#openbaarmaking");
            } catch (ProblemException problem) {
                state.problems(problem);
            }
        }
        return views.page(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "advice",
                screen.view(id, user, AdviceScreen.Forms.empty().withPublication(state), null));
    }

    @Post(
            value = "/publication/withdraw",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @Secured(Roles.STAFF)
    HttpResponse<?> withdraw(long id, @Body PlainForm form) {
        publications.withdraw(id);
        return Redirects.seeOther("/advices/" + id + "?melding=ingetrokken#openbaarmaking");
    }
}
