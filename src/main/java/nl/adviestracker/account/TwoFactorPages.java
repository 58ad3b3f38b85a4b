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
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.adviestracker.web.CsrfCookie;
import nl.adviestracker.web.CsrfForm;
import nl.adviestracker.web.CsrfProtected;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Redirects;
import nl.adviestracker.web.Views;

/**
 * The second step of a login (a code from the app, or setting the app up when it is required and missing),
 * and a signed-in user's own page to set it up when it is optional. The half-done login is a cookie that
 * holds the challenge of {@link LoginChallenges}.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class TwoFactorPages {

    static final String COOKIE = "adviestracker_login";
    private static final String ISSUER = "Adviestracker";

    private final Views views;
    private final Login login;
    private final TwoFactor twoFactor;

    TwoFactorPages(Views views, Login login, TwoFactor twoFactor) {
        this.views = views;
        this.login = login;
        this.twoFactor = twoFactor;
    }

    /**
     * One page, several moments: {@code code} asks for a code at login; {@code enrol} shows the secret as a
     * QR code and as text with a field for the first code; {@code recoveryCodes} shows them once; {@code on}
     * says the account has a second factor.
     */
    public record TwoFactorView(
            Frame frame,
            boolean code,
            boolean enrol,
            boolean on,
            @Nullable String action,
            @Nullable String error,
            @Nullable String qr,
            @Nullable String secret,
            List<String> recoveryCodes,
            @Nullable String next) {}

    @Serdeable
    public record CodeForm(@Nullable String code, @Nullable String _csrf) implements CsrfForm {}

    @Get(value = "/login/code", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> codeForm(HttpRequest<?> request) {
        if (pending(request, LoginChallenges.Purpose.CODE).isEmpty()) {
            return expired(request);
        }
        return codePage(request, HttpStatus.OK, null);
    }

    @Post(value = "/login/code", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @CsrfProtected
    HttpResponse<?> code(HttpRequest<?> request, @Body CodeForm form) {
        Optional<String> challenge = challenge(request);
        Optional<LoginChallenges.Challenge> pending = pending(request, LoginChallenges.Purpose.CODE);
        if (pending.isEmpty()) {
            return expired(request);
        }
        Login.Outcome outcome = login.code(challenge.get(), form.code(), LoginPage.client(request));
        if (outcome instanceof Login.Outcome.LoggedIn ok) {
            return HttpResponse.seeOther(
                            URI.create(LoginPage.safeNext(pending.get().next())))
                    .cookie(SessionCookie.of(request, ok.session()))
                    .cookie(cleared(request));
        }
        if (outcome instanceof Login.Outcome.Blocked blocked) {
            return codePage(request, HttpStatus.TOO_MANY_REQUESTS, blocked.message())
                    .header("Retry-After", String.valueOf(blocked.retryAfterSeconds()));
        }
        return codePage(request, HttpStatus.UNAUTHORIZED, Login.WRONG_CODE);
    }

    @Get(value = "/login/enrol", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> enrolForm(HttpRequest<?> request) {
        Optional<LoginChallenges.Challenge> pending = pending(request, LoginChallenges.Purpose.ENROL);
        if (pending.isEmpty()) {
            return expired(request);
        }
        LoginChallenges.Challenge c = pending.get();
        String secret = Login.in(c.organisationId(), () -> secretToShow(c.userId()));
        return enrolPage(request, HttpStatus.OK, null, "/login/enrol", null, c.username(), secret);
    }

    @Post(value = "/login/enrol", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @CsrfProtected
    HttpResponse<?> enrol(HttpRequest<?> request, @Body CodeForm form) {
        Optional<LoginChallenges.Challenge> pending = pending(request, LoginChallenges.Purpose.ENROL);
        if (pending.isEmpty()) {
            return expired(request);
        }
        LoginChallenges.Challenge c = pending.get();
        Optional<List<String>> codes = Login.in(
                c.organisationId(), () -> twoFactor.confirm(c.userId(), form.code() == null ? "" : form.code()));
        if (codes.isEmpty()) {
            Duration blocked = login.enrolmentFailed(c, LoginPage.client(request));
            if (blocked != null) {
                return HttpResponse.seeOther(URI.create("/login")).cookie(cleared(request));
            }
            String secret = Login.in(c.organisationId(), () -> secretToShow(c.userId()));
            return enrolPage(
                    request,
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    Login.WRONG_CODE,
                    "/login/enrol",
                    null,
                    c.username(),
                    secret);
        }
        Login.Outcome.LoggedIn ok =
                (Login.Outcome.LoggedIn) login.enrolled(challenge(request).orElseThrow(), c);
        SignedInUser user = new SignedInUser(
                ok.user().id(),
                ok.user().username(),
                ok.user().name(),
                ok.user().role(),
                null,
                null,
                null);
        return views.page(
                        "two-factor",
                        new TwoFactorView(
                                Frame.of("Herstelcodes", user, "/login/enrol", null),
                                false,
                                false,
                                true,
                                null,
                                null,
                                null,
                                null,
                                codes.get(),
                                LoginPage.safeNext(c.next())))
                .cookie(SessionCookie.of(request, ok.session()))
                .cookie(cleared(request));
    }

    /** A signed-in user's own second factor: on, or set it up now. */
    @Get(value = "/account/two-factor", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> own(HttpRequest<?> request, SignedInUser user) {
        if (twoFactor.enrolled(user.userId())) {
            return views.page(
                    "two-factor",
                    new TwoFactorView(
                            Frame.of("Tweestapsverificatie", user, "/account/two-factor", null),
                            false,
                            false,
                            true,
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            null));
        }
        return ownEnrolPage(user, HttpStatus.OK, null);
    }

    @Post(
            value = "/account/two-factor",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @CsrfProtected
    HttpResponse<?> confirmOwn(SignedInUser user, @Body CodeForm form) {
        if (twoFactor.enrolled(user.userId())) {
            return Redirects.seeOther("/account/two-factor");
        }
        Optional<List<String>> codes = twoFactor.confirm(user.userId(), form.code() == null ? "" : form.code());
        if (codes.isEmpty()) {
            return ownEnrolPage(user, HttpStatus.UNPROCESSABLE_ENTITY, Login.WRONG_CODE);
        }
        return views.page(
                "two-factor",
                new TwoFactorView(
                        Frame.of("Herstelcodes", user, "/account/two-factor", null),
                        false,
                        false,
                        true,
                        null,
                        null,
                        null,
                        null,
                        codes.get(),
                        "/"));
    }

    private HttpResponse<String> ownEnrolPage(SignedInUser user, HttpStatus status, @Nullable String error) {
        String secret = secretToShow(user.userId());
        return views.page(
                status,
                "two-factor",
                new TwoFactorView(
                        Frame.of("Tweestapsverificatie instellen", user, "/account/two-factor", null),
                        false,
                        true,
                        false,
                        "/account/two-factor",
                        error,
                        QrCode.svg(Totp.uri(secret, user.username(), ISSUER), "QR-code voor uw authenticator-app"),
                        grouped(secret),
                        List.of(),
                        null));
    }

    /** No half-done login in this browser (any more): ten minutes passed, or it never started. */
    private HttpResponse<String> expired(HttpRequest<?> request) {
        String csrf = CsrfCookie.token(request).orElseGet(CsrfCookie::newToken);
        return views.page(
                HttpStatus.GONE,
                "two-factor",
                new TwoFactorView(
                        Frame.of("Opnieuw inloggen", null, "/login", csrf),
                        false,
                        false,
                        false,
                        null,
                        "Deze inlogpoging is verlopen of onbekend. Log opnieuw in met uw gebruikersnaam en wachtwoord.",
                        null,
                        null,
                        List.of(),
                        null));
    }

    private String secretToShow(long userId) {
        return twoFactor.pendingSecret(userId).orElseGet(() -> twoFactor.startEnrolment(userId));
    }

    private MutableHttpResponse<String> codePage(HttpRequest<?> request, HttpStatus status, @Nullable String error) {
        String csrf = CsrfCookie.token(request).orElseGet(CsrfCookie::newToken);
        return views.page(
                        status,
                        "two-factor",
                        new TwoFactorView(
                                Frame.of("Code invullen", null, "/login/code", csrf),
                                true,
                                false,
                                false,
                                "/login/code",
                                error,
                                null,
                                null,
                                List.of(),
                                null))
                .cookie(CsrfCookie.cookie(request, csrf));
    }

    private MutableHttpResponse<String> enrolPage(
            HttpRequest<?> request,
            HttpStatus status,
            @Nullable String error,
            String action,
            @Nullable SignedInUser user,
            String username,
            String secret) {
        String csrf = CsrfCookie.token(request).orElseGet(CsrfCookie::newToken);
        return views.page(
                        status,
                        "two-factor",
                        new TwoFactorView(
                                Frame.of("Tweestapsverificatie instellen", user, action, csrf),
                                false,
                                true,
                                false,
                                action,
                                error,
                                QrCode.svg(Totp.uri(secret, username, ISSUER), "QR-code voor uw authenticator-app"),
                                grouped(secret),
                                List.of(),
                                null))
                .cookie(CsrfCookie.cookie(request, csrf));
    }

    /** The secret in groups of four, as people type it into an app without a camera. */
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private Optional<LoginChallenges.Challenge> pending(HttpRequest<?> request, LoginChallenges.Purpose purpose) {
        return challenge(request).flatMap(login::pending).filter(c -> c.purpose() == purpose);
    }

    private static Optional<String> challenge(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    static Cookie cookie(HttpRequest<?> request, String challenge) {
        return Cookie.of(COOKIE, challenge)
                .httpOnly(true)
                .sameSite(SameSite.Lax)
                .secure(SessionCookie.overHttps(request))
                .path("/")
                .maxAge(LoginChallenges.LIFETIME);
    }

    private static Cookie cleared(HttpRequest<?> request) {
        return Cookie.of(COOKIE, "")
                .httpOnly(true)
                .sameSite(SameSite.Lax)
                .secure(SessionCookie.overHttps(request))
                .path("/")
                .maxAge(0);
    }
}
