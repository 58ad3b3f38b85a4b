package nl.adviestracker.repeat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Redirects;

/** The confirm and dismiss buttons of a hint on the advice page; back to the page's repeats afterwards. */
@Controller("/advices/{id}/repeats")
@Secured(Roles.STAFF)
@ExecuteOn(TaskExecutors.BLOCKING)
@CsrfProtected
class RepeatPage {

    private final Repeats repeats;

    RepeatPage(Repeats repeats) {
        this.repeats = repeats;
    }

    @Serdeable
    public record DecisionForm(
            @Nullable String pointId,
            @Nullable String earlierPointId,
            @Nullable String decision,
            @Nullable String _csrf)
            implements CsrfForm {}

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> decide(SignedInUser user, long id, @Body DecisionForm form) {
        DecisionInput input;
        try {
            input = new DecisionInput(
                    Long.valueOf(form.pointId()),
                    Long.valueOf(form.earlierPointId()),
                    Decision.valueOf(form.decision()));
        } catch (RuntimeException e) {
            throw new ProblemException(
                    ProblemStatus.BAD_REQUEST,
                    "Ongeldige invoer",
                    "Kies bevestigen of afwijzen bij een getoonde herhaling.",
                    java.util.List.of());
        }
        repeats.decide(user, id, input);
        return Redirects.seeOther("/advices/" + id + "?melding=herhaling#herhaald-advies");
    }
}
