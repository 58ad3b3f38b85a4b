package nl.adviestracker.letter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.PlausibleDate;

/**
 * The reply letter's route: where it stands, and its steps after the draft. Approving (final) is
 * {@code POST /letter/finalize} in {@link LetterApi}; a step out of order is refused with the reason (409),
 * a step this user may not take with 403.
 */
@Controller("/api/advices/{id}/letter")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.STAFF)
class LetterRouteApi {

    private final LetterRoutes routes;

    LetterRouteApi(LetterRoutes routes) {
        this.routes = routes;
    }

    @Serdeable
    record SendBackRequest(
            @Nullable @Size(max = 2000, message = "mag hoogstens {max} tekens bevatten")
            String comment) {}

    @Serdeable
    record DecisionRequest(
            @NotNull(message = "is verplicht") DecisionKind kind,

            @Nullable @Size(max = 100, message = "mag hoogstens {max} tekens bevatten")
            String number,

            @PlausibleDate @NotNull(message = "is verplicht")
            LocalDate decidedOn) {}

    @Serdeable
    record SendingRequest(
            @PlausibleDate @NotNull(message = "is verplicht")
            LocalDate sentOn,

            @NotNull(message = "is verplicht") SendingMeans means) {}

    @Get("/route")
    LetterRoutes.RouteView route(SignedInUser user, long id) {
        return routes.view(user, id);
    }

    /** A second official, who wrote no part of the letter, checked it. */
    @Post("/check")
    LetterRoutes.RouteView check(SignedInUser user, long id) {
        return routes.check(user, id);
    }

    /** Back to the writers, with what must change. */
    @Post("/send-back")
    LetterRoutes.RouteView sendBack(SignedInUser user, long id, @Valid @Body SendBackRequest request) {
        return routes.sendBack(user, id, request.comment());
    }

    /** The college's decision (date and number) or a mandate decision on the final letter. */
    @Post("/decision")
    LetterRoutes.RouteView decide(SignedInUser user, long id, @Valid @Body DecisionRequest request) {
        return routes.decide(user, id, request.kind(), request.number(), request.decidedOn());
    }

    /** The letter went to the body: when and how. The advice is answered, and its members see the answer. */
    @Post("/sending")
    LetterRoutes.RouteView send(SignedInUser user, long id, @Valid @Body SendingRequest request) {
        return routes.send(user, id, request.sentOn(), request.means());
    }
}
