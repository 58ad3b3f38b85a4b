package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * A follow-up as the public page of a published advice shows it: what was promised, where it stands, its
 * milestones, and only the evidence staff chose to show; each move of its due date with its reason, without who
 * moved it. No owner, notes, names or internal documents.
 */
public record PublicPromise(
        long responseId,
        String description,
        String status,
        @Nullable LocalDate dueOn,
        boolean overdue,
        List<Step> milestones,
        List<Shown> evidence,
        @Nullable DueDateHistory dueDateHistory) {

    public record Step(
            String description,
            LocalDate plannedOn,
            @Nullable LocalDate reachedOn) {}

    public record Shown(String description, @Nullable String url) {}
}
