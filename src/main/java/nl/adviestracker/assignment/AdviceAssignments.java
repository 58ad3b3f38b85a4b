package nl.adviestracker.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * Who does what on one advice: its lead official, and per point the official who drafts its response with
 * the internal due date.
 */
@Serdeable
public record AdviceAssignments(long adviceId, @Nullable Person lead, List<PointAssignment> points) {

    /** A staff account as the screens and the API name it. */
    @Serdeable
    public record Person(long userId, String name) {}

    /**
     * @param late the internal due date passed while no approved response covers the point
     */
    @Serdeable
    public record PointAssignment(long pointId, String label, Person assignee, LocalDate internalDueOn, boolean late) {}

    /** The assignment of one point, if it has one. */
    public @Nullable PointAssignment of(long pointId) {
        return points.stream().filter(p -> p.pointId() == pointId).findFirst().orElse(null);
    }
}
