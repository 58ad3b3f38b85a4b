package nl.adviestracker.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.ProblemResponses;
import nl.adviestracker.shared.ProblemStatus;
import nl.adviestracker.web.CsrfCookie;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Views;

/** The login form, and {@code POST /login} for forms and JSON clients alike. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginPage {

    private final Views views;
    private final Login login;
    private final Sessions sessions;
    private final ProblemResponses problems;
    private final List<SignOnButton> signOn;
    private final ProviderSignOut providerSignOut;
    private final HttpHostResolver hosts;

    LoginPage(
            Views views,
            Login login,
            Sessions sessions,
            ProblemResponses problems,
            List<SignOnSettings> signOnSettings,
            ProviderSignOut providerSignOut,
            HttpHostResolver hosts) {
        this.views = views;
        this.login = login;
        this.sessions = sessions;
        this.problems = problems;
        this.providerSignOut = providerSignOut;
        this.hosts = hosts;
        this.signOn = signOnSettings.stream()
                .map(s -> new SignOnButton("/oauth/login/" + s.provider(), s.label()))
                .toList();
    }

    /** A button to sign in with an organisation's own account (single sign-on for staff). */
    public record SignOnButton(String href, @Nullable String label) {}

    public record LoginView(
            Frame frame,
            @Nullable String error,
            @Nullable String notice,
            @Nullable String username,
            String next,
            List<SignOnButton> signOn) {}

    @Serdeable
    public record LoginForm(
            @Nullable String username,
            @Nullable String password,
            @Nullable String code,
            @Nullable String next,
            @Nullable String _csrf)
            implements CsrfForm {}

    @Serdeable
    public record LoggedIn(String username, String name, String role) {}

    @Get(value = "/login", produces = MediaType.TEXT_HTML)
    HttpResponse<String> form(
            HttpRequest<?> request,
            @Nullable @QueryValue String next,
            @Nullable @QueryValue String melding,
            @Nullable @QueryValue String sso) {
        String token = CsrfCookie.token(request).orElseGet(CsrfCookie::newToken);
        String notice = "wachtwoord-ingesteld".equals(melding)
                ? "Uw wachtwoord is opgeslagen. Log in met uw nieuwe wachtwoord."
                : null;
        String error = SignOnLoginHandler.message(sso);
        return views.page(
                        error == null ? HttpStatus.OK : HttpStatus.FORBIDDEN,
                        "login",
                        new LoginView(
                                Frame.of("Inloggen", null, "/login", token),
                                error,
                                notice,
                                null,
                                safeNext(next),
                                signOn))
                .cookie(CsrfCookie.cookie(request, token));
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @CsrfProtected
    HttpResponse<?> submitForm(HttpRequest<?> request, @Body LoginForm form) {
        Login.Outcome outcome = login.attempt(form.username(), form.password(), client(request), safeNext(form.next()));
        if (outcome instanceof Login.Outcome.LoggedIn ok) {
            return HttpResponse.seeOther(URI.create(safeNext(form.next())))
                    .cookie(SessionCookie.of(request, ok.session()));
        }
        if (outcome instanceof Login.Outcome.SecondFactor second) {
            return HttpResponse.seeOther(URI.create(second.enrol() ? "/login/enrol" : "/login/code"))
                    .cookie(TwoFactorPages.cookie(request, second.challenge()));
        }
        if (outcome instanceof Login.Outcome.Blocked blocked) {
            return again(request, form, HttpStatus.TOO_MANY_REQUESTS, blocked.message())
                    .header("Retry-After", String.valueOf(blocked.retryAfterSeconds()));
        }
        return again(request, form, HttpStatus.UNAUTHORIZED, Login.REFUSED);
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> submitJson(HttpRequest<?> request, @Body LoginForm form) {
        Login.Outcome outcome = login.attempt(form.username(), form.password(), client(request));
        if (outcome instanceof Login.Outcome.SecondFactor second) {
            if (second.enrol()) {
                throw new ProblemException(
                        ProblemStatus.FORBIDDEN,
                        "Tweestapsverificatie nodig",
                        "Dit account moet inloggen met een tweede factor. Stel die eerst in de browser in.",
                        List.of());
            }
            if (form.code() == null || form.code().isBlank()) {
                throw new ProblemException(
                        ProblemStatus.UNAUTHORIZED,
                        "Code nodig",
                        "Stuur ook de code uit uw authenticator-app mee.",
                        List.of(new nl.adviestracker.shared.FieldProblem("code", "is verplicht voor dit account")));
            }
            outcome = login.code(second.challenge(), form.code(), client(request));
        }
        if (outcome instanceof Login.Outcome.LoggedIn ok) {
            return HttpResponse.ok(new LoggedIn(
                            ok.user().username(),
                            ok.user().name(),
                            ok.user().role().name()))
                    .cookie(SessionCookie.of(request, ok.session()));
        }
        if (outcome instanceof Login.Outcome.Blocked blocked) {
            return problems.of(
                            request,
                            HttpStatus.TOO_MANY_REQUESTS,
                            "Te veel pogingen",
                            blocked.message(),
                            List.of(),
                            null)
                    .header("Retry-After", String.valueOf(blocked.retryAfterSeconds()));
        }
        throw new ProblemException(ProblemStatus.UNAUTHORIZED, "Niet ingelogd", Login.REFUSED, List.of());
    }

    /** Ends the session everywhere; works for forms (with CSRF token) and JSON clients. */
    @Post(
            value = "/logout",
            consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @CsrfProtected
    HttpResponse<?> logout(HttpRequest<?> request, @Nullable @Body java.util.Map<String, Object> form) {
        Optional<Sessions.SignedOnAt> signedOnAt = SessionCookie.token(request).flatMap(sessions::end);
        boolean json = request.getContentType()
                .filter(MediaType.APPLICATION_JSON_TYPE::equals)
                .isPresent();
        // a browser signed in by single sign-on goes on to end the provider's session too
        MutableHttpResponse<?> response = json
                ? HttpResponse.noContent()
                : HttpResponse.seeOther(signedOnAt
                        .flatMap(at -> providerSignOut.endSession(at, hosts.resolve(request) + "/login"))
                        .orElse(URI.create("/login")));
        return response.cookie(SessionCookie.cleared(request));
    }

    private MutableHttpResponse<String> again(HttpRequest<?> request, LoginForm form, HttpStatus status, String error) {
        String token = CsrfCookie.token(request).orElseGet(CsrfCookie::newToken);
        return views.page(
                status,
                "login",
                new LoginView(
                        Frame.of("Inloggen", null, "/login", token),
                        error,
                        null,
                        form.username(),
                        safeNext(form.next()),
                        signOn));
    }

    /**
     * Only paths on this site, so a crafted link cannot send a user elsewhere after login; anything that
     * is not a plain address (control characters, spaces) goes to the start page.
     */
    static String safeNext(@Nullable String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return "/";
        }
        try {
            URI.create(next);
        } catch (IllegalArgumentException notAnAddress) {
            return "/";
        }
        return next;
    }

    static String client(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
