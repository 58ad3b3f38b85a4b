package nl.adviestracker.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.web.router.DefaultRouter;
import io.micronaut.web.router.RouteBuilder;
import io.micronaut.web.router.UriRouteInfo;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Micronaut's router, finding a request's route among those that can match its path only.
 *
 * <p>Why: {@link DefaultRouter#findClosest} walks every route of the request's method for every request, and for
 * each checks the {@code Accept} header against what it produces (every controller route declares
 * {@code application/json} or {@code text/html}, so none skips that check), then tries the path on each route left.
 * With some 140 GET routes that was 6.6–9% of the advice page's CPU in JFR. No setting turns it off.
 *
 * <p>How: the routes are grouped by method and by their first one or two path segments where these are literal
 * ({@code /api/advices/{id}} under {@code api/advices}); a route whose first segment is a variable is tried for
 * every path. A literal segment matches only itself, so a route outside the groups a path names cannot match it.
 * When exactly one route of those groups matches, it is the answer Micronaut would give; in every other case
 * (none, several, a path with escapes, routes bound to ports) Micronaut's own walk decides, so nothing about which
 * route is chosen, nor about 404, 405 and 406, changes.
 */
@Singleton
@Replaces(DefaultRouter.class)
class PathIndexedRouter extends DefaultRouter {

    /** Routes by method name, then by their literal first segment ("x") or first two ("x/y"); "" for the rest. */
    private final Map<String, Map<String, UriRouteInfo<Object, Object>[]>> byMethod;

    private volatile boolean boundToPorts;

    PathIndexedRouter(Collection<RouteBuilder> builders) {
        super(builders);
        Map<String, Map<String, List<UriRouteInfo<Object, Object>>>> grouped = new HashMap<>();
        Set<UriRouteInfo<?, ?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        uriRoutes().forEach(route -> {
            if (seen.add(route)) {
                @SuppressWarnings("unchecked")
                UriRouteInfo<Object, Object> info = (UriRouteInfo<Object, Object>) route;
                grouped.computeIfAbsent(route.getHttpMethodName(), m -> new HashMap<>())
                        .computeIfAbsent(key(route.getUriMatchTemplate().toString()), k -> new ArrayList<>())
                        .add(info);
            }
        });
        Map<String, Map<String, UriRouteInfo<Object, Object>[]>> index = new HashMap<>();
        grouped.forEach((method, groups) -> {
            Map<String, UriRouteInfo<Object, Object>[]> arrays = new HashMap<>();
            groups.forEach((key, routes) -> arrays.put(key, toArray(routes)));
            index.put(method, Map.copyOf(arrays));
        });
        this.byMethod = Map.copyOf(index);
    }

    @Override
    public void applyDefaultPorts(List<Integer> ports) {
        super.applyDefaultPorts(ports);
        boundToPorts = true;
    }

    @Override
    public <T, R> UriRouteMatch<T, R> findClosest(HttpRequest<?> request) {
        String path = request.getPath();
        Map<String, UriRouteInfo<Object, Object>[]> groups =
                request.getMethod() == HttpMethod.CUSTOM ? null : byMethod.get(request.getMethodName());
        if (groups == null || boundToPorts || path.indexOf('%') >= 0 || !path.startsWith("/")) {
            return super.findClosest(request);
        }
        int firstEnd = segmentEnd(path, 1);
        String first = path.substring(1, firstEnd);
        String second = firstEnd < path.length() ? path.substring(firstEnd + 1, segmentEnd(path, firstEnd + 1)) : null;
        Found found = new Found(request);
        found.tryAll(groups.get(""), path);
        if (!first.isEmpty()) {
            found.tryAll(groups.get(first), path);
        }
        if (second != null) {
            found.tryAll(groups.get(first + "/" + second), path);
        }
        if (found.matches != 1) {
            return super.findClosest(request);
        }
        @SuppressWarnings("unchecked")
        UriRouteMatch<T, R> match = (UriRouteMatch<T, R>) found.match;
        return match;
    }

    /** The same checks as Micronaut's walk, in the same order, on the routes of the path's groups only. */
    private static final class Found {

        private final HttpRequest<?> request;
        private final boolean permitsBody;
        private Collection<MediaType> accepted;
        private MediaType contentType;
        private boolean contentTypeRead;
        private int matches;
        private UriRouteMatch<Object, Object> match;

        Found(HttpRequest<?> request) {
            this.request = request;
            this.permitsBody = request.getMethod().permitsRequestBody();
        }

        void tryAll(UriRouteInfo<Object, Object>[] routes, String path) {
            if (routes == null) {
                return;
            }
            for (UriRouteInfo<Object, Object> route : routes) {
                if (!accepts(route)) {
                    continue;
                }
                UriRouteMatch<Object, Object> matched = route.tryMatch(path);
                if (matched != null) {
                    matches++;
                    match = matched;
                }
            }
        }

        private boolean accepts(UriRouteInfo<Object, Object> route) {
            if (permitsBody) {
                if (!route.isPermitsRequestBody()) {
                    return false;
                }
                if (!route.consumesAll()) {
                    if (!contentTypeRead) {
                        contentType = request.getContentType().orElse(null);
                        contentTypeRead = true;
                    }
                    if (!route.doesConsume(contentType)) {
                        return false;
                    }
                }
            }
            if (!route.producesAll()) {
                if (accepted == null) {
                    accepted = request.accept();
                }
                if (!route.doesProduce(accepted)) {
                    return false;
                }
            }
            return route.matching(request);
        }
    }

    /**
     * The group of a route's template: its first two segments when both are literal, its first when only that one
     * is, else "" (tried for every path).
     */
    static String key(String template) {
        if (!template.startsWith("/")) {
            return "";
        }
        int firstEnd = segmentEnd(template, 1);
        String first = template.substring(1, firstEnd);
        if (!literal(first)) {
            return "";
        }
        if (firstEnd >= template.length()) {
            return first;
        }
        String second = template.substring(firstEnd + 1, segmentEnd(template, firstEnd + 1));
        return literal(second) ? first + "/" + second : first;
    }

    private static int segmentEnd(String text, int from) {
        int slash = text.indexOf('/', from);
        return slash < 0 ? text.length() : slash;
    }

    /** Letters, digits and {@code - _ . ~} only: no variable, pattern or query part. */
    private static boolean literal(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '~')) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static UriRouteInfo<Object, Object>[] toArray(List<UriRouteInfo<Object, Object>> routes) {
        return routes.toArray(new UriRouteInfo[0]);
    }
}
