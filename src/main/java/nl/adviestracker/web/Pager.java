package nl.adviestracker.web;

import io.micronaut.core.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.adviestracker.shared.PageOf;

/**
 * Links to the pages of a list, keeping its filters and sort order in the address, so every page of a
 * list can be bookmarked and works without JavaScript.
 */
public record Pager(
        boolean show, @Nullable String previous, @Nullable String next, List<PageLink> pages, long total) {

    public record PageLink(int number, String href, boolean current) {}

    /** Page numbers in links count from 1; {@code page} in the address from 0, like the API. */
    public static Pager of(PageOf<?> page, Query query, String pageParam) {
        int count = page.pageCount();
        List<PageLink> links = new ArrayList<>();
        int from = Math.max(0, page.page() - 4);
        int to = Math.min(count - 1, from + 8);
        for (int i = from; i <= to; i++) {
            links.add(new PageLink(
                    i + 1,
                    query.with(pageParam, i == 0 ? null : String.valueOf(i)).href(),
                    i == page.page()));
        }
        String previous = page.page() > 0
                ? query.with(pageParam, page.page() == 1 ? null : String.valueOf(page.page() - 1))
                        .href()
                : null;
        String next = page.page() + 1 < count
                ? query.with(pageParam, String.valueOf(page.page() + 1)).href()
                : null;
        return new Pager(count > 1, previous, next, links, page.total());
    }

    /** A path with query parameters; blank values are left out. */
    public record Query(String path, Map<String, String> params) {

        public static Query of(String path) {
            return new Query(path, Map.of());
        }

        public Query with(String name, @Nullable Object value) {
            Map<String, String> copy = new LinkedHashMap<>(params);
            if (value == null || value.toString().isBlank()) {
                copy.remove(name);
            } else {
                copy.put(name, value.toString());
            }
            return new Query(path, copy);
        }

        public String href() {
            if (params.isEmpty()) {
                return path;
            }
            StringBuilder href = new StringBuilder(path).append('?');
            params.forEach((name, value) ->
                    href.append(encode(name)).append('=').append(encode(value)).append('&'));
            return href.substring(0, href.length() - 1);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
