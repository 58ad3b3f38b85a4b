package nl.adviestracker.followup;

import io.micronaut.core.annotation.Nullable;

/**
 * Which follow-ups a list shows. Every part is optional.
 *
 * @param status {@code open} means OPEN or IN_PROGRESS; otherwise one status
 * @param dated true: only those with a due date; false: only those without ("geen datum")
 * @param sort {@code due} (default: overdue and soonest first, undated last), {@code owner}, {@code age}
 */
public record FollowUpFilter(
        @Nullable String status,
        @Nullable Long bodyId,
        @Nullable String theme,
        @Nullable String owner,
        @Nullable Boolean overdue,
        @Nullable Boolean dated,
        @Nullable String sort) {

    public static FollowUpFilter openOnes() {
        return new FollowUpFilter("open", null, null, null, null, null, null);
    }
}
