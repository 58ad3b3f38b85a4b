package nl.adviestracker.advice;

import io.micronaut.core.annotation.Nullable;

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
        boolean descending) {

    public static AdviceFilter none() {
        return new AdviceFilter(null, null, null, null, null, false);
    }
}
