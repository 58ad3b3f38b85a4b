package nl.adviestracker.followup;

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
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/** Staff plan a follow-up's milestones, record when each was reached, and choose the evidence the public sees. */
@Controller("/followups/{id}/milestones")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class MilestonePages {

    private final Views views;
    private final Milestones milestones;
    private final FollowUps followUps;
    private final Validator validator;

    MilestonePages(Views views, Milestones milestones, FollowUps followUps, Validator validator) {
        this.views = views;
        this.milestones = milestones;
        this.followUps = followUps;
        this.validator = validator;
    }

    public record MilestonesView(
            Frame frame,
            FollowUpView followUp,
            @Nullable String notice,
            List<Milestone> milestones,
            Form form,
            Form.Field description,
            Form.Field plannedOn) {}

    @Serdeable
    public record MilestoneForm(
            @Nullable String description,
            @Nullable String plannedOn,
            @Nullable String _csrf) implements CsrfForm {}

    @Serdeable
    public record ReachedForm(
            @Nullable String reachedOn, @Nullable String _csrf) implements CsrfForm {}

    @Serdeable
    public record ShownForm(
            @Nullable String shown, @Nullable String _csrf) implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(SignedInUser user, long id, @Nullable @QueryValue String melding) {
        return views.page("followup-milestones", view(user, id, emptyForm(), notice(melding)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> add(SignedInUser user, long id, @Body MilestoneForm posted) {
        Form form = emptyForm().set("description", posted.description()).set("plannedOn", posted.plannedOn());
        MilestoneInput input = new MilestoneInput(form.text("description"), form.date("plannedOn"));
        form.violations(validator.validate(input)); // a date that did not parse keeps its own message
        if (!form.hasErrors()) {
            try {
                milestones.add(user, id, input);
                return Redirects.seeOther("/followups/" + id + "/milestones?melding=toegevoegd");
            } catch (ProblemException problem) {
                if (problem.fieldProblems().isEmpty()) {
                    throw problem; // not a move from here (a closed follow-up): the error page says why
                }
                form.problems(problem);
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "followup-milestones", view(user, id, form, null));
    }

    @Post(
            value = "/{milestoneId}/reached",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> reached(SignedInUser user, long id, long milestoneId, @Body ReachedForm posted) {
        milestones.reach(user, id, milestoneId, null);
        return Redirects.seeOther("/followups/" + id + "/milestones?melding=bereikt");
    }

    @Post(
            value = "/evidence/{evidenceId}",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> shown(SignedInUser user, long id, long evidenceId, @Body ShownForm posted) {
        boolean shown = "ja".equals(posted.shown());
        milestones.showEvidenceInPublic(user, id, evidenceId, shown);
        return Redirects.seeOther(
                "/followups/" + id + "/milestones?melding=" + (shown ? "openbaar" : "niet-openbaar") + "#bewijs");
    }

    private MilestonesView view(SignedInUser user, long id, Form form, @Nullable String notice) {
        return new MilestonesView(
                Frame.of("Mijlpalen en openbaarheid", user, "/followups", null),
                followUps.get(user, id),
                notice,
                milestones.of(user, id),
                form,
                form.field("description"),
                form.field("plannedOn"));
    }

    private static Form emptyForm() {
        return Form.named("mijlpaal-")
                .label("description", "Mijlpaal")
                .label("plannedOn", "Gepland op")
                .set("description", "")
                .set("plannedOn", "");
    }

    private static @Nullable String notice(@Nullable String melding) {
        if (melding == null) {
            return null;
        }
        return switch (melding) {
            case "toegevoegd" -> "De mijlpaal is toegevoegd.";
            case "bereikt" -> "De mijlpaal is als bereikt vastgelegd, met de datum van vandaag.";
            case "openbaar" -> "Het bewijs staat op de openbare pagina zodra het advies openbaar is.";
            case "niet-openbaar" -> "Het bewijs staat niet meer op de openbare pagina.";
            default -> null;
        };
    }
}
