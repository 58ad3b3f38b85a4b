package nl.adviestracker.advice;

import io.micronaut.core.annotation.Nullable;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;

/**
 * Which advices a list shows. Every part is optional.
 *
 * @param overdue true: only advices whose answer is late; false: only those that are not
 * @param sort one of {@code due} (default: soonest answer due first), {@code received}, {@code subject}
 */
public record AdviceFilter(
        @Nullable AdviceStatus status,
        @Nullable Long bodyId,
        @Nullable String theme,
        @Nullable Boolean overdue,
        @Nullable String sort,
        boolean descending,
        boolean includeDrafts) {

    public AdviceFilter(
            @Nullable AdviceStatus status,
            @Nullable Long bodyId,
            @Nullable String theme,
            @Nullable Boolean overdue,
            @Nullable String sort,
            boolean descending) {
        this(status, bodyId, theme, overdue, sort, descending, false);
    }

    /** Members see their own body's advices, drafts included; staff see every submitted advice. */
    public AdviceFilter visibleTo(SignedInUser user) {
        if (user.role() == Role.ASDG) {
            return new AdviceFilter(status, user.bodyId(), theme, overdue, sort, descending, true);
        }
        return new AdviceFilter(status, bodyId, theme, overdue, sort, descending, false);
    }

    public static AdviceFilter none() {
        return new AdviceFilter(null, null, null, null, null, false);
    }
}
