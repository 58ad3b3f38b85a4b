package nl.adviestracker.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Validator;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceInput;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /advices/{id}/behandeling}: who handles a submitted advice at the municipality (department,
 * portfolio holder), its theme and our reference. Staff set these; the body's own text stays as it is.
 */
@Controller("/advices/{id}/behandeling")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class HandlingPage {

    private final Views views;
    private final AdviceRegister advices;
    private final Validator validator;

    HandlingPage(Views views, AdviceRegister advices, Validator validator) {
        this.views = views;
        this.advices = advices;
        this.validator = validator;
    }

    public record HandlingView(
            Frame frame,
            long adviceId,
            String subject,
            Form form,
            Form.Field department,
            Form.Field portfolioHolder,
            Form.Field theme,
            Form.Field ourReference,
            String version) {}

    @Serdeable
    public record HandlingForm(
            @Nullable String department,
            @Nullable String portfolioHolder,
            @Nullable String theme,
            @Nullable String ourReference,
            @Nullable String version,
            @Nullable String _csrf)
            implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, long id) {
        Advice advice = editable(user, id);
        Form form = Form.named("behandeling-")
                .set("department", advice.department())
                .set("portfolioHolder", advice.portfolioHolder())
                .set("theme", advice.theme())
                .set("ourReference", advice.ourReference())
                .set("version", advice.version());
        return views.page("handling", view(user, advice, form));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(SignedInUser user, long id, @Body HandlingForm posted) {
        Advice current = editable(user, id);
        Form form = Form.named("behandeling-")
                .label("department", "Afdeling")
                .label("portfolioHolder", "Portefeuillehouder")
                .label("ourReference", "Ons kenmerk")
                .set("department", posted.department())
                .set("portfolioHolder", posted.portfolioHolder())
                .set("theme", posted.theme())
                .set("ourReference", posted.ourReference())
                .set("version", posted.version());
        Long version = form.number("version");
        AdviceInput input = new AdviceInput(
                current.bodyId(),
                current.projectGroupId(),
                current.subject(),
                current.kind(),
                current.receivedOn(),
                current.theirReference(),
                form.text("ourReference"),
                form.text("theme"),
                form.text("department"),
                form.text("portfolioHolder"),
                current.responseDueOn(),
                current.supplementsAdviceId(),
                current.introduction(),
                current.conclusion(),
                null,
                null,
                version == null ? null : version.intValue(),
                current.letterDatedOn());
        form.violations(validator.validate(input));
        if (!form.hasErrors()) {
            try {
                advices.update(id, input, user);
                return Redirects.seeOther("/advices/" + id + "?melding=behandeling");
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.CONFLICT) {
                    form.generalError("Iemand anders heeft dit advies intussen gewijzigd. Controleer de gegevens en "
                            + "sla opnieuw op.");
                    form.set("version", advices.get(id).version());
                } else {
                    form.problems(problem);
                }
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "handling", view(user, current, form));
    }

    private Advice editable(SignedInUser user, long id) {
        return advices.editable(user, id);
    }

    private static HandlingView view(SignedInUser user, Advice advice, Form form) {
        return new HandlingView(
                Frame.of("Behandeling", user, "/advices", null),
                advice.id(),
                advice.subject(),
                form,
                form.field("department"),
                form.field("portfolioHolder"),
                form.field("theme"),
                form.field("ourReference"),
                form.value("version"));
    }
}
