package nl.adviestracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWT;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadata;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import io.micronaut.security.oauth2.endpoint.token.response.validation.ReactiveOpenIdTokenResponseValidator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Mono;

/**
 * The ID token check that every single sign-on goes through (Micronaut's OpenID validator, as configured here),
 * against a real provider started by the test: its own token for this client passes; a token for another client,
 * an expired one, one signed with another provider's key in its name, and one whose content was changed after
 * signing are refused. (The provider's code flow always gives tokens for the client that asks, so these tokens
 * are made directly at the provider.)
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignOnTokensIT implements TestPropertyProvider {

    static final String CLIENT_ID = "adviestracker-groningen";

    @Inject
    ReactiveOpenIdTokenResponseValidator<JWT> validator;

    @Inject
    @Named("groningen")
    OauthClientConfiguration client;

    @Inject
    @Named("groningen")
    OpenIdProviderMetadata metadata;

    MockOAuth2Server provider;
    MockOAuth2Server forger;

    @Override
    public Map<String, String> getProperties() {
        provider = started();
        forger = started();
        return Map.of(
                "micronaut.security.oauth2.clients.groningen.client-id", CLIENT_ID,
                "micronaut.security.oauth2.clients.groningen.client-secret", "geheim-van-de-client",
                "micronaut.security.oauth2.clients.groningen.openid.issuer",
                        provider.issuerUrl("groningen").toString(),
                "adviestracker.sign-on.groningen.organisation-id", "1",
                "adviestracker.sign-on.groningen.staff-group", "adviestracker-beleid");
    }

    @AfterAll
    void tearDown() {
        provider.shutdown();
        forger.shutdown();
    }

    @Test
    void theProvidersOwnTokenForThisClientPasses() {
        assertThat(check(provider.issueToken("groningen", "sub-jan", CLIENT_ID, claims(), 3600)
                        .serialize()))
                .isPresent();
    }

    @Test
    void aTokenForAnotherClientIsRefused() {
        assertThat(check(provider.issueToken("groningen", "sub-jan", "een-andere-toepassing", claims(), 3600)
                        .serialize()))
                .isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertThat(check(provider.issueToken("groningen", "sub-jan", CLIENT_ID, claims(), -3600)
                        .serialize()))
                .isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyInTheProvidersNameIsRefused() {
        Map<String, Object> claims = new java.util.HashMap<>(claims());
        claims.put("sub", "sub-jan");
        claims.put("aud", CLIENT_ID);
        String forged = forger.anyToken(provider.issuerUrl("groningen"), claims, Duration.ofHours(1))
                .serialize();
        assertThat(check(forged)).isEmpty();
    }

    @Test
    void aTokenChangedAfterSigningIsRefused() {
        String[] parts = provider.issueToken("groningen", "sub-jan", CLIENT_ID, claims(), 3600)
                .serialize()
                .split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("adviestracker-beleid", "adviestracker-beheer");
        String tampered = parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];
        assertThat(check(tampered)).isEmpty();
    }

    private Optional<JWT> check(String idToken) {
        OpenIdTokenResponse response = new OpenIdTokenResponse();
        response.setIdToken(idToken);
        response.setAccessToken("toegang");
        response.setTokenType("Bearer");
        try {
            return Mono.from(validator.validate(client, metadata, response, null))
                    .blockOptional();
        } catch (RuntimeException refused) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> claims() {
        return Map.of("groups", java.util.List.of("adviestracker-beleid"), "name", "Jan Jansen");
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return server;
    }
}
