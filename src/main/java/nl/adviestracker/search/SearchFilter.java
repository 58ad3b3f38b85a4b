package nl.adviestracker.search;

import io.micronaut.core.annotation.Nullable;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.response.Stance;

/**
 * What a search is narrowed to; every part is optional.
 *
 * @param year the year the advice was received
 * @param stance only responses with this stance, the points they answer and the follow-ups they promise
 * @param status the advice's status
 * @param kind only hits of this kind
 */
public record SearchFilter(
        @Nullable Long bodyId,
        @Nullable String theme,
        @Nullable Integer year,
        @Nullable Stance stance,
        @Nullable AdviceStatus status,
        @Nullable HitKind kind) {

    public static SearchFilter none() {
        return new SearchFilter(null, null, null, null, null, null);
    }

    public SearchFilter withBody(@Nullable Long body) {
        return new SearchFilter(body, theme, year, stance, status, kind);
    }
}
