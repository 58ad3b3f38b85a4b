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
 * @param totalCapped true when there were more hits of one kind than are ranked ({@value Search#CANDIDATES}):
 *     the newest of them are shown and {@code total} is a lower bound ("meer dan ...")
 */
@Serdeable
public record SearchResult(
        String query,
        @Nullable String correctedQuery,
        List<SearchHit> items,
        int page,
        int size,
        long total,
        boolean totalCapped) {

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
