package nl.adviestracker.repeat;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;

/** Repeated advice: the hints and threads of an advice's points, and staff's decisions on the hints. */
@Controller("/api/advices/{id}/repeats")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ASDG, Roles.STAFF})
class RepeatApi {

    private final Repeats repeats;

    RepeatApi(Repeats repeats) {
        this.repeats = repeats;
    }

    /** Per point with a hint or a thread: the earlier points it looks like, and those it was confirmed to repeat. */
    @Get
    List<PointRepeats> list(SignedInUser user, long id) {
        return repeats.of(user, id);
    }

    /** The decision as stored. */
    @Serdeable
    record Decided(long pointId, long earlierPointId, Decision decision) {}

    /** Confirms or dismisses a hint (staff); deciding again changes the decision. */
    @Post("/decisions")
    Decided decide(SignedInUser user, long id, @Valid @Body DecisionInput input) {
        Decision decision = repeats.decide(user, id, input);
        return new Decided(input.pointId(), input.earlierPointId(), decision);
    }
}
