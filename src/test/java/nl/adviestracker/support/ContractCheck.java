package nl.adviestracker.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checks every answer of the API that a test receives against the service's own OpenAPI document
 * (/openapi.yml): status, content type and body. An answer the document does not describe fails the
 * test, naming the request and what does not match.
 */
public final class ContractCheck {

    private static volatile String document;
    private static volatile OpenApiInteractionValidator validator;
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private ContractCheck() {}

    /** The document as the service serves it; every test server of a build serves the same one. */
    public static String document(HttpClient client) {
        if (document == null) {
            synchronized (ContractCheck.class) {
                if (document == null) {
                    document = fetch(client);
                }
            }
        }
        return document;
    }

    /** The service completes the document on the first request for it: on a busy machine that can take a while. */
    private static String fetch(HttpClient client) {
        for (int attempt = 1; ; attempt++) {
            try {
                return client.toBlocking().retrieve("/openapi.yml");
            } catch (io.micronaut.http.client.exceptions.ReadTimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The document as a model, for tests that draw their requests from it. */
    public static OpenAPI model(HttpClient client) {
        return new OpenAPIV3Parser().readContents(document(client)).getOpenAPI();
    }

    private static OpenApiInteractionValidator validator(HttpClient client) {
        if (validator == null) {
            synchronized (ContractCheck.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document(client))
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                    // files (PDF, DOCX, CSV) are checked for their status and type, not read
                                    .withLevel("validation.response.body.missing", ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                }
            }
        }
        return validator;
    }

    /** What does not match in one answer; empty when the document describes it (or it is no API path). */
    public static String mismatches(
            HttpClient client, String method, String path, int status, String contentType, Object body) {
        String bare = path.replaceFirst("[?#].*", "");
        if (!bare.startsWith("/api/")) {
            return "";
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body instanceof String text) {
            response.withBody(text);
        } else if (body != null) {
            response.withBody(json(body));
        }
        ValidationReport report = validator(client)
                .validateResponse(bare, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        if (!report.hasErrors()) {
            return "";
        }
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "  - " + m.getKey() + ": " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }

    /** Fails the test when the answer contradicts the document. */
    public static void verify(
            HttpClient client, String method, String path, int status, String contentType, Object body) {
        String mismatches = mismatches(client, method, path, status, contentType, body);
        if (!mismatches.isEmpty()) {
            throw new AssertionError("The answer to " + method + " " + path + " (" + status + ", " + contentType
                    + ") contradicts /openapi.yml:\n" + mismatches + "\n  body: " + abbreviate(body));
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(Object body) {
        String text = String.valueOf(body);
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
