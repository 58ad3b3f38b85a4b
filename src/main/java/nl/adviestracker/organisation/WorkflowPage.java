package nl.adviestracker.organisation;

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
import nl.adviestracker.account.Role;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/** The admin's screen for the letter's route: which checks a reply letter passes before it is final and sent. */
@Controller("/admin/workflow")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class WorkflowPage {

    private static final String PATH = "/admin/workflow";

    private final Views views;
    private final WorkflowSettingsStore settings;

    WorkflowPage(Views views, WorkflowSettingsStore settings) {
        this.views = views;
        this.settings = settings;
    }

    @Serdeable
    public record WorkflowForm(
            @Nullable String checkRequired,
            @Nullable String approverRole,
            @Nullable String collegeDecisionRequired,
            @Nullable String responseReviewRequired,
            @Nullable String responseReviewerRole,
            @Nullable String version,
            @Nullable String _csrf)
            implements CsrfForm {}

    public record Screen(
            Frame frame,
            @Nullable String notice,
            Form form,
            String version,
            boolean checkRequired,
            boolean collegeDecisionRequired,
            Form.Field approverRole,
            boolean responseReviewRequired,
            Form.Field responseReviewerRole) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, @Nullable @QueryValue String melding) {
        WorkflowSettings current = settings.current();
        return views.page(
                "admin/workflow",
                screen(
                        user,
                        formOf(current),
                        current,
                        "opgeslagen".equals(melding) ? "De route is opgeslagen." : null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(SignedInUser user, @Body WorkflowForm posted) {
        Form form = emptyForm()
                .set("approverRole", posted.approverRole())
                .set("responseReviewerRole", posted.responseReviewerRole())
                .set("version", posted.version());
        Role approver = form.choice("approverRole", Role.class);
        Role reviewer = form.choice("responseReviewerRole", Role.class);
        Long version = form.number("version");
        WorkflowSettings wanted = new WorkflowSettings(
                posted.checkRequired() != null,
                approver,
                posted.collegeDecisionRequired() != null,
                posted.responseReviewRequired() != null,
                version == null ? -1 : version.intValue(),
                reviewer == null ? Role.STAFF : reviewer);
        if (approver == null) {
            form.error("approverRole", "is verplicht");
        }
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        if (!form.hasErrors()) {
            try {
                settings.update(wanted);
                return Redirects.seeOther(PATH + "?melding=opgeslagen");
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.CONFLICT) {
                    status = HttpStatus.CONFLICT;
                    form.generalError("Iemand anders heeft de route intussen gewijzigd. Controleer de keuzes en sla "
                            + "opnieuw op.");
                    form.set("version", settings.current().version());
                } else {
                    form.problems(problem);
                }
            }
        }
        return views.page(status, "admin/workflow", screen(user, form, wanted, null));
    }

    private static Screen screen(SignedInUser user, Form form, WorkflowSettings shown, @Nullable String notice) {
        List<Form.Option> approvers = List.of(
                Form.Option.of(Role.MANAGER.name(), "een manager (teamleider)"),
                Form.Option.of(Role.STAFF.name(), "elke beleidsmedewerker die niet aan de brief schreef"));
        return new Screen(
                Frame.of("Route van de brief", user, PATH, null),
                notice,
                form,
                form.value("version"),
                shown.checkRequired(),
                shown.collegeDecisionRequired(),
                form.field("approverRole", approvers),
                shown.responseReviewRequired(),
                form.field(
                        "responseReviewerRole",
                        List.of(
                                Form.Option.of(Role.STAFF.name(), "elke andere beleidsmedewerker"),
                                Form.Option.of(Role.MANAGER.name(), "alleen een manager (teamleider)"))));
    }

    private static Form emptyForm() {
        return Form.named("route-")
                .label("approverRole", "Wie keurt de brief goed")
                .label("responseReviewerRole", "Wie beoordeelt een reactie")
                .set("approverRole", "")
                .set("responseReviewerRole", "");
    }

    private static Form formOf(WorkflowSettings current) {
        return emptyForm()
                .set("approverRole", current.approverRole().name())
                .set("responseReviewerRole", current.reviewerRole().name())
                .set("version", current.version());
    }
}
