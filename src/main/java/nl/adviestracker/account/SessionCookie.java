package nl.adviestracker.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The session cookie: HTTP-only, SameSite=Lax, and Secure whenever the request came over HTTPS. */
public final class SessionCookie {

    public static final String NAME = "adviestracker_session";

    private SessionCookie() {}

    public static Optional<String> token(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    public static Cookie of(HttpRequest<?> request, Sessions.Started session) {
        return Cookie.of(NAME, session.token())
                .httpOnly(true)
                .sameSite(SameSite.Lax)
                .secure(overHttps(request))
                .path("/")
                .maxAge(Duration.between(Instant.now(), session.expiresAt()));
    }

    public static Cookie cleared(HttpRequest<?> request) {
        return Cookie.of(NAME, "")
                .httpOnly(true)
                .sameSite(SameSite.Lax)
                .secure(overHttps(request))
                .path("/")
                .maxAge(0);
    }

    /** Directly over TLS, or behind a proxy that terminated it and says so. */
    static boolean overHttps(HttpRequest<?> request) {
        return request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
