package nl.adviestracker.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import io.micronaut.security.oauth2.configuration.OpenIdClientConfiguration;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Headers that keep the browser from running or framing anything the service did not mean to serve. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * For SVG images (the report charts): they carry their look in {@code style} attributes, and nothing
     * else may run or load, also when one is opened on its own rather than in an {@code <img>}.
     */
    static final String SVG_CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    private final String policy;

    /**
     * Forms post only to this site, and, for the sign-out of a staff member who signed in by single sign-on, on to
     * the origin of each configured OpenID provider: the browser follows the sign-out's redirect to the provider's
     * end-session endpoint only when the form's page allows that origin.
     */
    SecurityHeadersFilter(List<OauthClientConfiguration> signOnProviders) {
        String providers = signOnProviders.stream()
                .map(OauthClientConfiguration::getOpenid)
                .flatMap(Optional::stream)
                .map(OpenIdClientConfiguration::getIssuer)
                .flatMap(Optional::stream)
                .map(SecurityHeadersFilter::origin)
                .distinct()
                .sorted()
                .collect(Collectors.joining(" "));
        this.policy = providers.isEmpty()
                ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + providers);
    }

    /** "https://login.example.org" of "https://login.example.org/tenant/v2.0". */
    public static String origin(URL url) {
        return url.getProtocol() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
    }

    @ResponseFilter
    void addHeaders(MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        boolean svg = response.getContentType()
                .map(type -> type.getName().equals("image/svg+xml"))
                .orElse(false);
        headers.set("Content-Security-Policy", svg ? SVG_CONTENT_SECURITY_POLICY : policy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
