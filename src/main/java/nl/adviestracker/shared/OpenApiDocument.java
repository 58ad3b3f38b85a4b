package nl.adviestracker.shared;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the OpenAPI document that the build generates from the controllers. */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
class OpenApiDocument {

    private final String yaml;

    OpenApiDocument(ResourceResolver resources) {
        this.yaml = resources
                .getResourceAsStream("classpath:META-INF/swagger/adviestracker-api.yml")
                .map(OpenApiDocument::read)
                .orElse("openapi: 3.0.1\ninfo: {title: Adviestracker, version: unknown}\npaths: {}\n");
    }

    @Get(value = "/openapi.yml", produces = "application/yaml")
    HttpResponse<String> document() {
        return HttpResponse.ok(yaml);
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
