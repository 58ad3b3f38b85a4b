package nl.adviestracker.account;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Reads a validated ID token (Micronaut checked its signature against the provider's keys, the issuer, the
 * audience, the expiry and the nonce): the role its groups give, or a refusal in Dutch when they give none.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
class StaffClaims implements OpenIdAuthenticationMapper {

    static final String NO_GROUP = "Uw organisatie-account geeft geen toegang tot Adviestracker: u hoort niet bij een"
            + " van de groepen die daarvoor gelden. Vraag uw beheerder om toegang.";

    private final List<SignOnSettings> settings;

    StaffClaims(List<SignOnSettings> settings) {
        this.settings = settings;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(
            String providerName, OpenIdTokenResponse tokenResponse, OpenIdClaims claims, @Nullable State state) {
        Optional<SignOnSettings> provider =
                settings.stream().filter(s -> s.provider().equals(providerName)).findFirst();
        if (provider.isEmpty()) {
            return Mono.just(AuthenticationResponse.failure(NO_GROUP));
        }
        Optional<Role> role =
                StaffRoles.of(provider.get(), claims.get(provider.get().claim()));
        if (role.isEmpty()) {
            return Mono.just(AuthenticationResponse.failure(NO_GROUP));
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(SignOn.PROVIDER, providerName);
        attributes.put(SignOn.ISSUER, claims.getIssuer());
        // kept with our session, as the id_token_hint of the sign-out at the provider
        attributes.put(SignOn.ID_TOKEN, tokenResponse.getIdToken());
        attributes.put(OpenIdClaims.CLAIMS_NAME, text(claims.getName()));
        attributes.put(OpenIdClaims.CLAIMS_EMAIL, text(claims.getEmail()));
        attributes.put(OpenIdClaims.CLAIMS_PREFERRED_USERNAME, text(claims.getPreferredUsername()));
        return Mono.just(AuthenticationResponse.success(
                claims.getSubject(), List.of(role.get().name()), attributes));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
