package nl.adviestracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.DefaultRouter;
import io.micronaut.web.router.RouteBuilder;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The service's router finds for every request the route Micronaut's own router finds: for a path made from every
 * route of the service, with the headers browsers, scripts and the benchmark send, and for paths no route has.
 */
@MicronautTest(transactional = false)
class PathIndexedRouterIT {

    private static final List<String> ACCEPTS =
            List.of("", "application/json", "text/html", "application/json, text/html", "*/*", "text/calendar");

    @Inject
    Router router;

    @Inject
    List<RouteBuilder> builders;

    @Test
    void findsTheRouteMicronautFindsForEveryPath() {
        assertThat(router).isInstanceOf(PathIndexedRouter.class);
        DefaultRouter micronaut = new DefaultRouter(builders);
        Set<String> requests = new LinkedHashSet<>();
        router.uriRoutes().forEach(route -> {
            String path = example(route);
            requests.add(route.getHttpMethodName() + " " + path);
            String slash = path.endsWith("/") ? path : path + "/";
            requests.add(route.getHttpMethodName() + " " + slash);
            requests.add(route.getHttpMethodName() + " " + slash + "unknown");
            requests.add("GET " + path);
        });
        requests.addAll(List.of("GET /", "GET /nowhere", "GET /api/nowhere/1", "GET /api/advices/%31"));
        int compared = 0;
        for (String request : requests) {
            String[] parts = request.split(" ", 2);
            for (String accept : ACCEPTS) {
                for (String contentType : List.of("", "application/json", "application/x-www-form-urlencoded")) {
                    MutableHttpRequest<?> http = HttpRequest.create(HttpMethod.parse(parts[0]), parts[1]);
                    if (!accept.isEmpty()) {
                        http.header("Accept", accept);
                    }
                    if (!contentType.isEmpty()) {
                        http.header("Content-Type", contentType);
                    }
                    assertThat(found(router, http))
                            .as(request + " Accept: " + accept + " Content-Type: " + contentType)
                            .isEqualTo(found(micronaut, http));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void groupsARouteByItsLiteralFirstSegments() {
        assertThat(PathIndexedRouter.key("/api/advices/{id}")).isEqualTo("api/advices");
        assertThat(PathIndexedRouter.key("/api/followups")).isEqualTo("api/followups");
        assertThat(PathIndexedRouter.key("/advices/{id}/history")).isEqualTo("advices");
        assertThat(PathIndexedRouter.key("/dashboard")).isEqualTo("dashboard");
        assertThat(PathIndexedRouter.key("/dashboard{?period}")).isEqualTo("");
        assertThat(PathIndexedRouter.key("/{slug}")).isEqualTo("");
        assertThat(PathIndexedRouter.key("/")).isEqualTo("");
    }

    /** Which route a router picks, or why none: the same words for both routers. */
    private static String found(Router router, HttpRequest<?> request) {
        try {
            UriRouteMatch<Object, Object> match = router.findClosest(request);
            return match == null ? "none" : describe(match.getRouteInfo()) + " " + match.getVariableValues();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    private static String describe(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate() + " -> " + route.getTargetMethod();
    }

    /** A path the route matches: each variable filled with 1. */
    private static String example(UriRouteInfo<?, ?> route) {
        Map<String, Object> values = new HashMap<>();
        for (String name : new ArrayList<>(route.getUriMatchTemplate().getVariableNames())) {
            values.put(name, "1");
        }
        String path = route.getUriMatchTemplate().expand(values);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
