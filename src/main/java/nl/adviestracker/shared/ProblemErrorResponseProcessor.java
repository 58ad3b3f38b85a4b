package nl.adviestracker.shared;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * Chooses the body of the errors the framework reports itself (unknown routes, unreadable JSON,
 * validation): under {@code /api} always a problem body, whatever the client accepts; elsewhere a page
 * for a browser that asks for HTML and not for JSON, as the framework's own processor does.
 */
@Singleton
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Object> {

    private final JsonErrorResponseBodyProvider<?> json;
    private final HtmlErrorResponseBodyProvider html;

    ProblemErrorResponseProcessor(JsonErrorResponseBodyProvider<?> json, HtmlErrorResponseBodyProvider html) {
        this.json = json;
        this.html = html;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        if (request.getMethod() == HttpMethod.HEAD) {
            return answer;
        }
        if (response.status().getCode() >= 400 && !ProblemResponses.isApi(request) && wantsOnlyHtml(request)) {
            return answer.body((Object) html.body(context, response)).contentType(html.contentType());
        }
        return answer.body((Object) json.body(context, response)).contentType(json.contentType());
    }

    private static boolean wantsOnlyHtml(HttpRequest<?> request) {
        return request.accept().stream().anyMatch(MediaType.TEXT_HTML_TYPE::equals)
                && request.accept().stream().noneMatch(type -> type.matchesExtension("json"));
    }
}
