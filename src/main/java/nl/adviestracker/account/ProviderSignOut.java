package nl.adviestracker.account;

import io.micronaut.context.BeanContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadata;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import io.micronaut.security.oauth2.configuration.OpenIdClientConfiguration;
import jakarta.inject.Singleton;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.adviestracker.web.SecurityHeadersFilter;

/**
 * Signing out of a session that single sign-on started also ends the session at the provider (OpenID Connect
 * RP-initiated logout): the browser goes to the provider's {@code end_session_endpoint}, from its discovery
 * document, with the ID token as {@code id_token_hint} and our login page as {@code post_logout_redirect_uri}
 * (which the provider must know as a sign-out address of the client). A provider without that endpoint, or with
 * one elsewhere than its issuer's origin (which pages allow forms to go on to, see the security headers), keeps
 * its own session; ours is ended either way.
 */
@Singleton
class ProviderSignOut {

    private final BeanContext beans;

    ProviderSignOut(BeanContext beans) {
        this.beans = beans;
    }

    /**
     * Where the browser goes to end the provider's session, if the provider offers it.
     *
     * @param loginPage the absolute address of our login page, where the provider sends the browser back
     */
    Optional<URI> endSession(Sessions.SignedOnAt signedOnAt, String loginPage) {
        Optional<String> issuerOrigin = beans.findBean(
                        OauthClientConfiguration.class, Qualifiers.byName(signedOnAt.provider()))
                .flatMap(OauthClientConfiguration::getOpenid)
                .flatMap(OpenIdClientConfiguration::getIssuer)
                .map(SecurityHeadersFilter::origin);
        return beans.findBean(OpenIdProviderMetadata.class, Qualifiers.byName(signedOnAt.provider()))
                .map(OpenIdProviderMetadata::getEndSessionEndpoint)
                .filter(endpoint -> !endpoint.isBlank())
                .filter(endpoint -> issuerOrigin.isPresent() && issuerOrigin.equals(origin(endpoint)))
                .map(endpoint -> URI.create(endpoint
                        + (endpoint.contains("?") ? "&" : "?")
                        + "id_token_hint=" + encoded(signedOnAt.idToken())
                        + "&post_logout_redirect_uri=" + encoded(loginPage)));
    }

    private static Optional<String> origin(String endpoint) {
        try {
            return Optional.of(SecurityHeadersFilter.origin(URI.create(endpoint).toURL()));
        } catch (IllegalArgumentException | MalformedURLException e) {
            return Optional.empty();
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
