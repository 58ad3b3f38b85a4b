package nl.adviestracker.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** The CSRF token of visitors without a session (the login form): a cookie whose value the form repeats. */
public final class CsrfCookie {

    static final String NAME = "adviestracker_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfCookie() {}

    public static Optional<String> token(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static Cookie cookie(HttpRequest<?> request, String token) {
        boolean https = request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
        return Cookie.of(NAME, token)
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                .secure(https)
                .path("/");
    }

    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
