package nl.adviestracker.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import nl.adviestracker.account.SessionCookie;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.ProblemResponses;

/**
 * CSRF protection for requests a browser makes with the session cookie. JSON bodies and {@code DELETE}
 * are safe (a page from another site cannot send them without CORS, which this service does not allow;
 * a {@code DELETE} carries no body), form posts are checked field by field by {@link CsrfInterceptor};
 * any other body needs the session's token in the {@code X-CSRF-Token} header.
 */
@ServerFilter(value = "/**", patternStyle = FilterPatternStyle.ANT)
class ApiCsrfFilter implements Ordered {

    private static final List<String> CHECKED_BY_FORMS =
            List.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA);

    private final ProblemResponses problems;

    ApiCsrfFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (isSafe(request.getMethod())
                || request.getMethod() == HttpMethod.DELETE
                || SessionCookie.token(request).isEmpty()) {
            return null;
        }
        String type = request.getContentType().map(MediaType::getName).orElse("");
        if (type.equals(MediaType.APPLICATION_JSON) || CHECKED_BY_FORMS.contains(type)) {
            return null;
        }
        String header = request.getHeaders().get("X-CSRF-Token");
        String expected = request.getUserPrincipal(Authentication.class)
                .map(SignedInUser::of)
                .map(SignedInUser::csrfToken)
                .orElse(null);
        if (header != null && expected != null && CsrfCookie.constantTimeEquals(header, expected)) {
            return null;
        }
        return problems.of(
                request,
                HttpStatus.FORBIDDEN,
                "Geen CSRF-token",
                "Een verzoek met de sessiecookie en zonder JSON-body moet het CSRF-token in de kop X-CSRF-Token meesturen.",
                List.of(),
                null);
    }

    private static boolean isSafe(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    }
}
