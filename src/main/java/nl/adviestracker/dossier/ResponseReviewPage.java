package nl.adviestracker.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.util.function.Supplier;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.response.ResponseReviews;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.PlainForm;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * The review steps of a response, from its card on the advice page: offer it for review, approve it, or send
 * it back with a comment. A refused step shows the advice page again with the reason beside the response.
 */
@Controller("/advices/{id}/responses/{responseId}/review")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class ResponseReviewPage {

    private final Views views;
    private final AdviceScreen screen;
    private final ResponseReviews reviews;

    ResponseReviewPage(Views views, AdviceScreen screen, ResponseReviews reviews) {
        this.views = views;
        this.screen = screen;
        this.reviews = reviews;
    }

    @Serdeable
    public record SendBackForm(
            @Nullable String comment, @Nullable String _csrf) implements CsrfForm {}

    @Post(value = "/ask", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> ask(SignedInUser user, long id, long responseId, @Body PlainForm form) {
        return step(user, id, responseId, "ter-beoordeling", () -> reviews.askReview(user, id, responseId));
    }

    @Post(value = "/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> approve(SignedInUser user, long id, long responseId, @Body PlainForm form) {
        return step(user, id, responseId, "goedgekeurd", () -> reviews.approve(user, id, responseId));
    }

    @Post(value = "/send-back", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> sendBack(SignedInUser user, long id, long responseId, @Body SendBackForm form) {
        return step(
                user, id, responseId, "teruggestuurd", () -> reviews.sendBack(user, id, responseId, form.comment()));
    }

    private HttpResponse<?> step(SignedInUser user, long id, long responseId, String notice, Supplier<?> move) {
        try {
            move.get();
            return Redirects.seeOther("/advices/" + id + "?melding=" + notice + "#reactie-" + responseId);
        } catch (ProblemException problem) {
            if (problem.status() == ProblemStatus.NOT_FOUND) {
                throw problem;
            }
            // a missing comment names its field; a refused step says why in its own sentence
            String reason = problem.fieldProblems().stream()
                    .filter(p -> "comment".equals(p.field()))
                    .map(p -> "De opmerking " + p.message() + ".")
                    .findFirst()
                    .orElse(problem.getMessage());
            HttpStatus status = switch (problem.status()) {
                case FORBIDDEN -> HttpStatus.FORBIDDEN;
                case CONFLICT -> HttpStatus.CONFLICT;
                default -> HttpStatus.UNPROCESSABLE_ENTITY;
            };
            return views.page(
                    status,
                    "advice",
                    screen.view(id, user, AdviceScreen.Forms.empty().withReviewProblem(responseId, reason), null));
        }
    }
}
