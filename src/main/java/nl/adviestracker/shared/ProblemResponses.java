package nl.adviestracker.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Builds the answer for a failed request: a problem body for API clients. Screens register a
 * {@link HtmlProblemPage} to answer browsers with a readable page instead; never under {@code /api}.
 */
@Singleton
public class ProblemResponses {

    private final List<HtmlProblemPage> htmlPages;

    ProblemResponses(List<HtmlProblemPage> htmlPages) {
        this.htmlPages = htmlPages;
    }

    public MutableHttpResponse<?> of(
            HttpRequest<?> request,
            HttpStatus status,
            String title,
            String detail,
            List<FieldProblem> errors,
            @Nullable Object current) {
        Problem problem =
                new Problem("about:blank", title, status.getCode(), detail, request.getPath(), errors, current);
        if (!isApi(request)) {
            for (HtmlProblemPage page : htmlPages) {
                if (page.answers(request)) {
                    return page.render(request, problem);
                }
            }
        }
        return HttpResponse.status(status).contentType(Problem.MEDIA_TYPE).body(problem);
    }

    /** The API answers every error with a problem body, whatever the client accepts: decided by the path. */
    public static boolean isApi(HttpRequest<?> request) {
        String path = request.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** A screen's way to show a problem to a person in a browser. */
    public interface HtmlProblemPage {
        boolean answers(HttpRequest<?> request);

        MutableHttpResponse<?> render(HttpRequest<?> request, Problem problem);
    }
}
