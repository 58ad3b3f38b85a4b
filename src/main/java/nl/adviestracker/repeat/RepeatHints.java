package nl.adviestracker.repeat;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.Point;

/** The box of repeats on the advice page. */
@Singleton
public class RepeatHints {

    /**
     * @param mayDecide staff may confirm or dismiss each hint
     */
    public record Box(long adviceId, List<PointRepeats> points, boolean mayDecide) {}

    private final Repeats repeats;

    RepeatHints(Repeats repeats) {
        this.repeats = repeats;
    }

    /** Null when no point of the advice looks like an earlier one. */
    public @Nullable Box of(SignedInUser user, Advice advice, List<Point> points) {
        List<PointRepeats> found = repeats.collect(user, advice, points);
        return found.isEmpty() ? null : new Box(advice.id(), found, user.isStaff());
    }
}
