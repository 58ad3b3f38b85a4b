package nl.adviestracker.shared;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves the OpenAPI document that the build generates from the controllers, completed by
 * {@link ApiContract} with who may call each operation as the routes' {@code @Secured} say.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
class OpenApiDocument {

    private final String yaml;

    OpenApiDocument(ResourceResolver resources, Router router) {
        String generated = resources
                .getResourceAsStream("classpath:META-INF/swagger/adviestracker-api.yml")
                .map(OpenApiDocument::read)
                .orElse("openapi: 3.0.1\ninfo: {title: Adviestracker, version: unknown}\npaths: {}\n");
        this.yaml = ApiContract.complete(generated, access(router));
    }

    @Get(value = "/openapi.yml", produces = "application/yaml")
    HttpResponse<String> document() {
        return HttpResponse.ok(yaml);
    }

    private static Map<String, ApiContract.Access> access(Router router) {
        Map<String, ApiContract.Access> access = new HashMap<>();
        router.uriRoutes().forEach(route -> {
            String path = route.getUriMatchTemplate().toPathString();
            if (path.startsWith("/api/")) {
                access.put(route.getHttpMethodName() + " " + path, accessOf(route));
            }
        });
        return access;
    }

    private static ApiContract.Access accessOf(UriRouteInfo<?, ?> route) {
        List<String> rules = Arrays.asList(route.getAnnotationMetadata().stringValues(Secured.class));
        if (rules.contains(SecurityRule.IS_ANONYMOUS)) {
            return ApiContract.Access.anyone();
        }
        return new ApiContract.Access(
                false,
                rules.stream()
                        .filter(rule -> !rule.equals(SecurityRule.IS_AUTHENTICATED))
                        .toList());
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
