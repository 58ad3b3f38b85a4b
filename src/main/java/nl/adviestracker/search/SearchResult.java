package nl.adviestracker.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of search hits, best first.
 *
 * @param query what was asked
 * @param correctedQuery when the query found nothing and a near spelling did ("armoeede" → "armoede"): that
 *     spelling, whose hits these are; null otherwise
 * @param total hits over all pages
 */
@Serdeable
public record SearchResult(
        String query,
        @Nullable String correctedQuery,
        List<SearchHit> items,
        int page,
        int size,
        long total) {

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
