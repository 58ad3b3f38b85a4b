package nl.adviestracker.letter;

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
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.followup.FollowUpLifecycle;
import nl.adviestracker.followup.FollowUpView;
import nl.adviestracker.followup.FollowUps;
import nl.adviestracker.shared.Downloads;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.web.Confirmation;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * {@code /followups/{id}/letter}: the letter that tells the body the outcome of a follow-up. Staff add a
 * paragraph and our reference, look at the PDF, and make it final: the PDF is kept as it is and the
 * body counts as informed today. Making it final cannot be undone, so it asks for confirmation first.
 */
@Controller("/followups/{id}/letter")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class FollowUpLetterPage {

    private final Views views;
    private final FollowUpLetters letters;
    private final FollowUps followUps;
    private final FollowUpLifecycle lifecycle;
    private final AdviceRegister advices;
    private final Validator validator;

    FollowUpLetterPage(
            Views views,
            FollowUpLetters letters,
            FollowUps followUps,
            FollowUpLifecycle lifecycle,
            AdviceRegister advices,
            Validator validator) {
        this.views = views;
        this.letters = letters;
        this.followUps = followUps;
        this.lifecycle = lifecycle;
        this.advices = advices;
        this.validator = validator;
    }

    public record LetterForm(
            Frame frame,
            FollowUpView followUp,
            String adviceSubject,
            Form form,
            Form.Field text,
            Form.Field ourReference) {}

    @Serdeable
    public record Posted(
            @Nullable String text,
            @Nullable String ourReference,
            @Nullable String bevestigd,
            @Nullable String _csrf) implements CsrfForm {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(SignedInUser user, long id) {
        lifecycle.requireClosed(id);
        return views.page(
                "followup-letter",
                page(user, id, Form.named("brief-").set("text", "").set("ourReference", "")));
    }

    /**
     * The letter as it would be made now with what the form holds; nothing is kept. A post, so the form's
     * CSRF token does not end up in an address.
     */
    @Post(value = "/voorbeeld", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = "application/pdf")
    HttpResponse<byte[]> preview(SignedInUser user, long id, @Body Posted posted) {
        FollowUpLetterInput input =
                new FollowUpLetterInput(blankToNull(posted.text()), null, blankToNull(posted.ourReference()));
        if (!validator.validate(input).isEmpty()) {
            throw ProblemException.invalid("text", "mag hoogstens 4000 tekens bevatten");
        }
        return Downloads.attachment(
                letters.preview(user, id, input), "application/pdf", "toezegging-" + id + "-voorbeeld.pdf");
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> makeFinal(SignedInUser user, long id, @Body Posted posted) {
        lifecycle.requireClosed(id);
        Form form = Form.named("brief-")
                .label("text", "Extra alinea")
                .label("ourReference", "Ons kenmerk")
                .set("text", posted.text())
                .set("ourReference", posted.ourReference());
        FollowUpLetterInput input = new FollowUpLetterInput(form.text("text"), null, form.text("ourReference"));
        form.violations(validator.validate(input));
        if (!form.hasErrors()) {
            if (!Confirmation.confirmed(posted.bevestigd())) {
                return views.page(
                        "confirm",
                        new Confirmation(
                                Frame.of("Brief definitief maken?", user, "/followups", null),
                                "De brief over deze toezegging definitief maken?",
                                List.of(
                                        "De brief wordt gemaakt zoals het voorbeeld en als PDF bewaard; daarna "
                                                + "verandert hij niet meer.",
                                        "Vastgelegd wordt dat het adviesorgaan vandaag per brief is geïnformeerd.",
                                        "Adviestracker verstuurt de brief niet zelf: download de PDF en verstuur hem "
                                                + "zoals gewoonlijk."),
                                "/followups/" + id + "/letter",
                                List.of(
                                        new Confirmation.Hidden("text", form.value("text")),
                                        new Confirmation.Hidden("ourReference", form.value("ourReference"))),
                                "Ja, brief definitief maken",
                                "/followups/" + id + "/letter",
                                "Nee, terug naar de brief",
                                false));
            }
            try {
                letters.send(user, id, input);
                return Redirects.seeOther("/followups/" + id + "?melding=brief#informeren-kop");
            } catch (ProblemException problem) {
                form.problems(problem);
            }
        }
        return views.page(HttpStatus.UNPROCESSABLE_ENTITY, "followup-letter", page(user, id, form));
    }

    private LetterForm page(SignedInUser user, long id, Form form) {
        FollowUpView followUp = followUps.get(user, id);
        return new LetterForm(
                Frame.of("Brief over een toezegging", user, "/followups", null),
                followUp,
                advices.get(followUp.adviceId()).subject(),
                form,
                form.field("text"),
                form.field("ourReference"));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
