package nl.adviestracker.letter;

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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.dossier.AdviceDossier;
import nl.adviestracker.dossier.Dossiers;
import nl.adviestracker.dossier.RouteBox;
import nl.adviestracker.organisation.WorkflowSettings;
import nl.adviestracker.response.ResponseReviews;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.PlainForm;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /advices/{id}/letter/route}: the letter's route with the next step this user may take, each a form
 * that says what will happen: check it (a second official), send it back with a comment, record the
 * college's decision, record that it was sent and how. Approving (final) is on the letter page. A refused
 * step redraws this page with the reason.
 */
@Controller("/advices/{id}/letter")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class LetterRoutePage {

    static final Map<String, String> NOTICES = Map.of(
            "gecontroleerd", "De brief is gecontroleerd. Nu maakt de teamleider hem definitief.",
            "teruggestuurd", "De brief is teruggestuurd naar de schrijvers, met uw opmerking.",
            "besloten", "Het besluit over de brief is vastgelegd.",
            "verzonden",
                    "Vastgelegd dat de brief is verzonden. Het advies is beantwoord; de adviesraad ziet het antwoord.");

    private final Views views;
    private final Dossiers dossiers;
    private final LetterRoutes routes;
    private final ResponseReviews reviews;

    LetterRoutePage(Views views, Dossiers dossiers, LetterRoutes routes, ResponseReviews reviews) {
        this.views = views;
        this.dossiers = dossiers;
        this.routes = routes;
        this.reviews = reviews;
    }

    @Serdeable
    public record SendBackForm(
            @Nullable String comment, @Nullable String _csrf) implements CsrfForm {}

    @Serdeable
    public record DecisionForm(
            @Nullable String kind,
            @Nullable String number,
            @Nullable String decidedOn,
            @Nullable String _csrf) implements CsrfForm {}

    @Serdeable
    public record SendingForm(
            @Nullable String sentOn,
            @Nullable String means,
            @Nullable String _csrf) implements CsrfForm {}

    public record Screen(
            Frame frame,
            long adviceId,
            String adviceSubject,
            @Nullable String notice,
            RouteBox box,
            Form stepForm,
            boolean mayCheck,
            boolean checkRequired,
            String waitingToBe,
            List<Waiting> waiting,
            @Nullable SendBack sendBack,
            boolean mayApprove,
            @Nullable Decision decision,
            @Nullable Sending sending) {}

    public record SendBack(Form form, Form.Field comment) {}

    public record Decision(Form form, Form.Field kind, Form.Field number, Form.Field decidedOn, boolean required) {}

    /** Sending by e-mail is offered as one means among others only when the body has an address. */
    public record Sending(Form form, Form.Field sentOn, Form.Field means, boolean mayEmail) {}

    /**
     * A response the next step ({@code waitingToBe}: checked, or made final where the organisation has no check or
     * the letter was checked) waits for: not approved yet, linked to its card on the advice page.
     */
    public record Waiting(String name, String link) {}

    @Get(value = "/route", produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, long id, @Nullable @QueryValue String melding) {
        return views.page("letter-route", screen(user, id, empty(id), melding == null ? null : NOTICES.get(melding)));
    }

    @Post(value = "/check", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> check(SignedInUser user, long id, @Body PlainForm form) {
        Form state = Form.named("stap-");
        return step(user, id, state, empty(id).withStep(state), () -> routes.check(user, id), "gecontroleerd");
    }

    @Post(value = "/send-back", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> sendBack(SignedInUser user, long id, @Body SendBackForm form) {
        Form state = Form.named("terug-").label("comment", "Opmerking").set("comment", form.comment());
        if (state.text("comment") == null) {
            state.error("comment", "is verplicht: zeg wat er aan de brief moet veranderen");
        }
        return step(
                user,
                id,
                state,
                empty(id).withSendBack(state),
                () -> routes.sendBack(user, id, state.text("comment")),
                "teruggestuurd");
    }

    @Post(value = "/decision", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> decide(SignedInUser user, long id, @Body DecisionForm form) {
        Form state = Form.named("besluit-")
                .label("kind", "Soort besluit")
                .label("number", "Nummer")
                .label("decidedOn", "Datum van het besluit")
                .set("kind", form.kind())
                .set("number", form.number())
                .set("decidedOn", form.decidedOn());
        DecisionKind kind = state.choice("kind", DecisionKind.class);
        if (kind == null && !state.hasErrors()) {
            state.error("kind", "is verplicht");
        }
        LocalDate on = required(state, "decidedOn");
        return step(
                user,
                id,
                state,
                empty(id).withDecision(state),
                () -> routes.decide(user, id, kind, state.text("number"), on),
                "besloten");
    }

    @Post(value = "/sending", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> send(SignedInUser user, long id, @Body SendingForm form) {
        Form state = Form.named("verzending-")
                .label("sentOn", "Verzonden op")
                .label("means", "Hoe")
                .set("sentOn", form.sentOn())
                .set("means", form.means());
        SendingMeans means = state.choice("means", SendingMeans.class);
        if (means == null && !state.hasErrors()) {
            state.error("means", "is verplicht");
        }
        LocalDate on = required(state, "sentOn");
        return step(user, id, state, empty(id).withSending(state), () -> routes.send(user, id, on, means), "verzonden");
    }

    private HttpResponse<?> step(SignedInUser user, long id, Form state, Forms forms, Supplier<?> move, String notice) {
        dossiers.of(id, user);
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        if (!state.hasErrors()) {
            try {
                move.get();
                return Redirects.seeOther("/advices/" + id + "/letter/route?melding=" + notice);
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.NOT_FOUND) {
                    throw problem;
                }
                status = problem.status() == ProblemStatus.BAD_REQUEST
                        ? status
                        : HttpStatus.valueOf(problem.status().getCode());
                if ((problem.status() == ProblemStatus.CONFLICT || problem.status() == ProblemStatus.FORBIDDEN)
                        && problem.fieldProblems().stream().noneMatch(p -> state.shows(p.field()))) {
                    // a step out of order or not this user's: said above the route, where the form may be gone
                    forms.step().generalError(problem.getMessage());
                } else {
                    state.problems(problem);
                }
            }
        }
        return views.page(status, "letter-route", screen(user, id, forms, null));
    }

    private static @Nullable LocalDate required(Form state, String field) {
        LocalDate date = state.date(field);
        if (date == null && state.text(field) == null) {
            state.error(field, "is verplicht");
        }
        return date;
    }

    private Screen screen(SignedInUser user, long id, Forms forms, @Nullable String notice) {
        AdviceDossier dossier = dossiers.of(id, user);
        LetterRoutes.RouteView view = routes.view(user, id);
        LetterStation station = view.route().station();
        WorkflowSettings settings = view.settings();
        SendBack sendBack = station == LetterStation.CHECKED
                ? new SendBack(forms.sendBack(), forms.sendBack().field("comment"))
                : null;
        Decision decision = station == LetterStation.FINAL
                ? new Decision(
                        forms.decision(),
                        forms.decision().field("kind", Form.options(DecisionKind.values(), DecisionKind::dutch)),
                        forms.decision().field("number"),
                        forms.decision().field("decidedOn"),
                        settings.collegeDecisionRequired())
                : null;
        boolean maySend = station == LetterStation.DECIDED
                || (station == LetterStation.FINAL && !settings.collegeDecisionRequired());
        List<SendingMeans> choosable = Arrays.stream(SendingMeans.values())
                .filter(SendingMeans::choosable)
                .toList();
        Sending sending = maySend
                ? new Sending(
                        forms.sending(),
                        forms.sending().field("sentOn"),
                        forms.sending()
                                .field(
                                        "means",
                                        Form.options(choosable.toArray(SendingMeans[]::new), SendingMeans::dutch)),
                        routes.mayEmail(id))
                : null;
        // the check and the approval are offered only once every response is approved (LetterRoute's rule; a
        // reviewer may send one back after the check); until then, what they wait for
        List<Waiting> waiting = station == LetterStation.DRAFT || station == LetterStation.CHECKED
                ? reviews.waiting(id, settings).stream()
                        .map(w -> new Waiting(
                                Character.toUpperCase(w.name().charAt(0))
                                        + w.name().substring(1),
                                "/advices/" + id + "#reactie-" + w.responseId()))
                        .toList()
                : List.of();
        return new Screen(
                Frame.of("Route van de brief: " + dossier.advice().subject(), user, "/advices/" + id, null),
                id,
                dossier.advice().subject(),
                notice,
                LetterRouteBoxes.box(view),
                forms.step(),
                station == LetterStation.DRAFT && waiting.isEmpty(),
                settings.checkRequired(),
                station == LetterStation.DRAFT && settings.checkRequired() ? "gecontroleerd" : "definitief gemaakt",
                waiting,
                sendBack,
                (station == LetterStation.CHECKED || (station == LetterStation.DRAFT && !settings.checkRequired()))
                        && waiting.isEmpty()
                        && settings.mayApprove(user),
                decision,
                sending);
    }

    /** The page's empty forms; sent by e-mail by default only when the body has an address to send it to. */
    private Forms empty(long adviceId) {
        return Forms.empty(routes.mayEmail(adviceId) ? SendingMeans.EMAIL : SendingMeans.POST);
    }

    /** The forms on the page, each empty unless it is shown again after an error. */
    private record Forms(Form step, Form sendBack, Form decision, Form sending) {

        static Forms empty(SendingMeans means) {
            LocalDate today = LocalDate.now(DutchDates.ZONE);
            return new Forms(
                    Form.named("stap-"),
                    Form.named("terug-").set("comment", ""),
                    Form.named("besluit-")
                            .set("kind", DecisionKind.COLLEGE.name())
                            .set("number", "")
                            .set("decidedOn", today),
                    Form.named("verzending-").set("sentOn", today).set("means", means.name()));
        }

        Forms withStep(Form form) {
            return new Forms(form, sendBack, decision, sending);
        }

        Forms withSendBack(Form form) {
            return new Forms(step, form, decision, sending);
        }

        Forms withDecision(Form form) {
            return new Forms(step, sendBack, form, sending);
        }

        Forms withSending(Form form) {
            return new Forms(step, sendBack, decision, form);
        }
    }
}
