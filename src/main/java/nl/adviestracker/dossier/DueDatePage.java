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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.adviestracker.account.PeopleNames;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.Deadlines;
import nl.adviestracker.advice.DueDateExtension;
import nl.adviestracker.advice.ExtensionInput;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Flash;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /advices/{id}/termijn}: the college's term to answer an advice, every extension with its
 * reason, and (staff) extending it to a later date. Members of the body see the same history.
 */
@Controller("/advices/{id}/termijn")
@Secured({Roles.ASDG, Roles.STAFF})
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class DueDatePage {

    private final Views views;
    private final AdviceRegister advices;
    private final Deadlines deadlines;
    private final PeopleNames names;
    private final Validator validator;

    DueDatePage(Views views, AdviceRegister advices, Deadlines deadlines, PeopleNames names, Validator validator) {
        this.views = views;
        this.advices = advices;
        this.deadlines = deadlines;
        this.names = names;
        this.validator = validator;
    }

    public record TermView(
            Frame frame,
            long adviceId,
            String subject,
            LocalDate dueOn,
            boolean overdue,
            boolean canExtend,
            @Nullable String whyNot,
            List<ExtensionRow> extensions,
            Form form,
            Form.Field newDueOn,
            Form.Field reason,
            String version) {}

    public record ExtensionRow(
            LocalDate from,
            LocalDate to,
            String reason,
            String who,
            @Nullable Instant when) {}

    @Serdeable
    public record ExtendForm(
            @Nullable String dueOn,
            @Nullable String reason,
            @Nullable String version,
            @Nullable String _csrf) implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, long id) {
        Advice advice = readable(user, id);
        return views.page("due-date", view(user, advice, emptyForm(advice)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.STAFF)
    HttpResponse<?> extend(SignedInUser user, long id, @Body ExtendForm posted) {
        Advice advice = readable(user, id);
        Form form = Form.named("termijn-")
                .label("dueOn", "Nieuwe uiterste datum")
                .label("reason", "Reden van de verlenging")
                .set("dueOn", posted.dueOn())
                .set("reason", posted.reason())
                .set("version", posted.version());
        LocalDate due = form.date("dueOn");
        Long version = form.number("version");
        if (due == null && form.value("dueOn").isBlank()) {
            form.error("dueOn", "is verplicht");
        } else if (due != null && !due.isAfter(advice.responseDueOn())) {
            form.error(
                    "dueOn",
                    "moet na de huidige uiterste datum liggen (" + DutchDates.format(advice.responseDueOn()) + ")");
        }
        ExtensionInput input =
                new ExtensionInput(due, null, null, form.text("reason"), version == null ? null : version.intValue());
        form.violations(validator.validate(input));
        if (!form.hasErrors()) {
            try {
                deadlines.extend(user, id, input);
                return Redirects.seeOther(Flash.after("/advices/" + id + "/termijn", "termijn-verlengd"));
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.CONFLICT) {
                    form.generalError(
                            problem.getMessage().contains("versie") || problem.current() != null
                                    ? "Iemand anders heeft dit advies intussen gewijzigd. Controleer de termijn en probeer het opnieuw."
                                    : problem.getMessage());
                    form.set("version", advices.get(id).version());
                } else {
                    form.problems(problem);
                }
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "due-date", view(user, advices.get(id), form));
    }

    private Advice readable(SignedInUser user, long id) {
        Advice advice = advices.get(user, id);
        if (advice.status() == AdviceStatus.DRAFT) {
            throw ProblemException.notFound("Termijn van advies " + id);
        }
        return advice;
    }

    private TermView view(SignedInUser user, Advice advice, Form form) {
        Function<String, String> nameOf = names.lookupOrSomeone();
        List<ExtensionRow> rows =
                deadlines.history(advice.id()).stream().map(e -> row(e, nameOf)).toList();
        boolean answered = advice.status() == AdviceStatus.ANSWERED;
        return new TermView(
                Frame.of("Reactietermijn", user, "/advices", null),
                advice.id(),
                advice.subject(),
                advice.responseDueOn(),
                !answered && advice.responseDueOn().isBefore(LocalDate.now(DutchDates.ZONE)),
                user.isStaff() && !answered,
                answered ? "Het advies is beantwoord; de termijn kan niet meer worden verlengd." : null,
                rows,
                form,
                form.field("dueOn"),
                form.field("reason"),
                form.value("version"));
    }

    private static ExtensionRow row(DueDateExtension e, Function<String, String> nameOf) {
        return new ExtensionRow(
                e.previousDueOn(), e.newDueOn(), e.reason(), nameOf.apply(e.extendedBy()), e.extendedAt());
    }

    private static Form emptyForm(Advice advice) {
        return Form.named("termijn-").set("dueOn", "").set("reason", "").set("version", advice.version());
    }
}
