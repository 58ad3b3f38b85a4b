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
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.dossier.Dossiers;
import nl.adviestracker.organisation.WorkflowSettingsStore;
import nl.adviestracker.response.Corrections;
import nl.adviestracker.shared.DutchDates;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /advices/{id}/letter/supplement}: the supplementary letter (aanvullende brief) of the corrections and
 * supplements recorded after the letter was sent: what it will say, its draft PDF and DOCX, the form that makes
 * it final (for whoever approves the organisation's letters), and the supplementary letters sent before.
 */
@Controller("/advices/{id}/letter/supplement")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class SupplementPage {

    private final Views views;
    private final Dossiers dossiers;
    private final Letters letters;
    private final Supplements supplements;
    private final Corrections corrections;
    private final WorkflowSettingsStore settings;

    SupplementPage(
            Views views,
            Dossiers dossiers,
            Letters letters,
            Supplements supplements,
            Corrections corrections,
            WorkflowSettingsStore settings) {
        this.views = views;
        this.dossiers = dossiers;
        this.letters = letters;
        this.supplements = supplements;
        this.corrections = corrections;
        this.settings = settings;
    }

    public record Screen(
            Frame frame,
            long adviceId,
            String adviceSubject,
            @Nullable String notice,
            List<LetterModel.ResponseEntry> pending,
            @Nullable Finalizer finalizer,
            List<LetterVersion> sent) {}

    /** The form that makes the supplementary letter final. */
    public record Finalizer(Form form, Form.Field ourReference, Form.Field date) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, long id, @Nullable @QueryValue String melding) {
        return views.page(
                "supplement",
                screen(
                        user,
                        id,
                        finalizeForm(),
                        "definitief".equals(melding) ? "De aanvullende brief is definitief." : null));
    }

    @Post(value = "/finalize", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> finalizeSupplement(SignedInUser user, long id, @Body LetterPage.FinalizeForm posted) {
        dossiers.of(id, user);
        Form form = Form.named("aanvulling-")
                .label("ourReference", "Ons kenmerk")
                .label("date", "Datum")
                .set("ourReference", posted.ourReference())
                .set("date", posted.date());
        String reference = form.text("ourReference");
        if (reference == null) {
            form.error("ourReference", "is verplicht");
        } else if (reference.strip().length() > 100) {
            form.error("ourReference", "mag hoogstens 100 tekens bevatten");
        }
        LocalDate date = form.date("date");
        if (date == null && form.text("date") == null) {
            form.error("date", "is verplicht");
        }
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        if (!form.hasErrors()) {
            try {
                supplements.finalizeSupplement(user, id, reference.strip(), date);
                return Redirects.seeOther("/advices/" + id + "/letter/supplement?melding=definitief");
            } catch (ProblemException problem) {
                if (problem.status() == ProblemStatus.NOT_FOUND || problem.status() == ProblemStatus.FORBIDDEN) {
                    throw problem;
                }
                status = problem.status() == ProblemStatus.CONFLICT ? HttpStatus.CONFLICT : status;
                form.problems(problem);
            }
        }
        return views.page(status, "supplement", screen(user, id, form, null));
    }

    private Screen screen(SignedInUser user, long id, Form form, @Nullable String notice) {
        Advice advice = dossiers.of(id, user).advice();
        boolean anyPending =
                !corrections.pending(id).isEmpty() && letters.finalReply(id).isPresent();
        List<LetterModel.ResponseEntry> pending =
                anyPending ? supplements.draft(id).responses() : List.of();
        Finalizer finalizer = anyPending && settings.current().mayApprove(user)
                ? new Finalizer(form, form.field("ourReference"), form.field("date"))
                : null;
        List<LetterVersion> sent = letters.versions(id).stream()
                .filter(v -> v.isFinal() && LetterVersion.SUPPLEMENT.equals(v.kind()))
                .toList();
        return new Screen(
                Frame.of("Aanvullende brief: " + advice.subject(), user, "/advices/" + id, null),
                id,
                advice.subject(),
                notice,
                pending,
                finalizer,
                sent);
    }

    private static Form finalizeForm() {
        return Form.named("aanvulling-").set("ourReference", "").set("date", LocalDate.now(DutchDates.ZONE));
    }
}
