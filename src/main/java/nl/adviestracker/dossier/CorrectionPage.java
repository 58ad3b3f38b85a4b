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
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointReferences;
import nl.adviestracker.response.CorrectionInput;
import nl.adviestracker.response.CorrectionKind;
import nl.adviestracker.response.Corrections;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.response.Stance;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /advices/{id}/responses/{responseId}/correction}: a correction of, or supplement to, a response of
 * a sent letter. The sent response is shown as it was, the new record beside it; it is sent to the body in
 * a supplementary letter ({@code /advices/{id}/letter}).
 */
@Controller("/advices/{id}/responses/{responseId}/correction")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class CorrectionPage {

    private final Views views;
    private final AdviceRegister advices;
    private final Responses responses;
    private final Corrections corrections;
    private final Validator validator;

    CorrectionPage(
            Views views, AdviceRegister advices, Responses responses, Corrections corrections, Validator validator) {
        this.views = views;
        this.advices = advices;
        this.responses = responses;
        this.corrections = corrections;
        this.validator = validator;
    }

    @Serdeable
    public record CorrectionForm(
            @Nullable String kind,
            @Nullable String stance,
            @Nullable String text,
            @Nullable String reason,
            @Nullable String why,
            @Nullable String correctedOn,
            @Nullable String _csrf)
            implements CsrfForm {}

    public record Screen(
            Frame frame,
            long adviceId,
            String adviceSubject,
            long responseId,
            String reference,
            String sentStance,
            String sentText,
            @Nullable String sentReason,
            Form form,
            Form.Field kind,
            Form.Field stance,
            Form.Field text,
            Form.Field reason,
            Form.Field why,
            Form.Field correctedOn) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, long id, long responseId) {
        Form form = Form.named("correctie-").set("kind", CorrectionKind.CORRECTION.name());
        return views.page("correction", screen(user, id, responseId, form));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(SignedInUser user, long id, long responseId, @Body CorrectionForm posted) {
        Form form = Form.named("correctie-")
                .label("kind", "Soort")
                .label("stance", "Standpunt vanaf nu")
                .label("text", "Nieuwe tekst")
                .label("reason", "Reden")
                .label("why", "Waarom gecorrigeerd of aangevuld")
                .label("correctedOn", "Geldt vanaf")
                .set("kind", posted.kind())
                .set("stance", posted.stance())
                .set("text", posted.text())
                .set("reason", posted.reason())
                .set("why", posted.why())
                .set("correctedOn", posted.correctedOn());
        CorrectionInput input = new CorrectionInput(
                responseId,
                form.choice("kind", CorrectionKind.class),
                form.choice("stance", Stance.class),
                form.text("text"),
                form.text("reason"),
                form.text("why"),
                form.date("correctedOn"));
        form.violations(validator.validate(input));
        if (!form.hasErrors()) {
            try {
                corrections.create(user, id, input);
                return Redirects.seeOther("/advices/" + id + "#reactie-" + responseId);
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.NOT_FOUND || problem.status() == ProblemStatus.FORBIDDEN) {
                    throw problem;
                }
                form.problems(problem);
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "correction", screen(user, id, responseId, form));
    }

    private Screen screen(SignedInUser user, long adviceId, long responseId, Form form) {
        ResponseView response = responses.get(user, adviceId, responseId);
        Advice advice = advices.get(adviceId);
        var points = advices.points(adviceId);
        String reference = PointReferences.of(
                points.stream().map(Point::label).toList(),
                points.stream()
                        .filter(p -> response.pointIds().contains(p.id()))
                        .map(Point::label)
                        .toList());
        return new Screen(
                Frame.of("Correctie op " + reference, user, "/advices/" + adviceId, null),
                adviceId,
                advice.subject(),
                responseId,
                reference,
                response.stance().dutch(),
                response.text(),
                response.reason(),
                form,
                form.field("kind", Form.options(CorrectionKind.values(), CorrectionKind::dutch)),
                form.field("stance", Form.options(Stance.values(), Stance::dutch)),
                form.field("text"),
                form.field("reason"),
                form.field("why"),
                form.field("correctedOn"));
    }
}
