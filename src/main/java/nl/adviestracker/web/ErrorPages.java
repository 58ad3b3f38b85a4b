package nl.adviestracker.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.List;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.FieldProblem;
import nl.adviestracker.shared.Problem;
import nl.adviestracker.shared.ProblemResponses;

/**
 * A readable Dutch page for a person in a browser whose request failed (403, 404, 409, ...), in the
 * site's layout, instead of the problem JSON API clients get. Covers the service's own problems and
 * those the framework reports itself (an unknown address, a role that may not enter).
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
class ErrorPages implements ProblemResponses.HtmlProblemPage, HtmlErrorResponseBodyProvider {

    private final Views views;

    ErrorPages(Views views) {
        this.views = views;
    }

    public record ErrorView(
            Frame frame, int status, String title, String detail, List<FieldProblem> errors, boolean loggedIn) {}

    @Override
    public boolean answers(HttpRequest<?> request) {
        return wantsHtml(request);
    }

    @Override
    public MutableHttpResponse<?> render(HttpRequest<?> request, Problem problem) {
        HttpStatus status = HttpStatus.valueOf(problem.status());
        return HttpResponse.status(status)
                .contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .body(html(request, status, problem.title(), problem.detail(), problem.errors()));
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        return html(context.getRequest(), status, title(status), detail(status), List.of());
    }

    static boolean wantsHtml(HttpRequest<?> request) {
        return request.accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
    }

    private String html(
            HttpRequest<?> request, HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        SignedInUser user = request.getUserPrincipal(Authentication.class)
                .map(SignedInUser::of)
                .orElse(null);
        Frame frame = Frame.of(title, user, request.getPath(), null);
        return views.render("error", new ErrorView(frame, status.getCode(), title, detail, errors, user != null));
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Pagina niet gevonden";
            case FORBIDDEN -> "Geen toegang";
            case UNAUTHORIZED -> "Niet ingelogd";
            case METHOD_NOT_ALLOWED -> "Dat kan hier niet";
            case CONFLICT -> "Tegelijk gewijzigd";
            case BAD_REQUEST -> "Ongeldige invoer";
            case REQUEST_ENTITY_TOO_LARGE -> "Te groot";
            default -> status.getCode() >= 500 ? "Er ging iets mis" : "Dat lukte niet";
        };
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar de startpagina.";
            case FORBIDDEN -> "U hebt met uw rol geen toegang tot deze pagina.";
            case UNAUTHORIZED -> "Log in om deze pagina te zien.";
            case METHOD_NOT_ALLOWED -> "Deze pagina kan niet op deze manier worden gebruikt.";
            case REQUEST_ENTITY_TOO_LARGE -> "Wat u stuurde is te groot.";
            default ->
                status.getCode() >= 500
                        ? "Er ging aan onze kant iets mis. Probeer het zo nog eens."
                        : "Het verzoek kon niet worden uitgevoerd.";
        };
    }
}
