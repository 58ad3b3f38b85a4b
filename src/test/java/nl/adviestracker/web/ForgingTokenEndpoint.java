package nl.adviestracker.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.concurrent.atomic.AtomicBoolean;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;

/**
 * A route in front of the test provider's token endpoint that, when told, hands our service a forged ID token:
 * it fetches the provider's real answer (so code, nonce, issuer, audience and key id are all right) and signs
 * the same header and claims again with a key of its own, which the provider never published.
 */
final class ForgingTokenEndpoint implements Route {

    private final AtomicBoolean forgeNext = new AtomicBoolean();
    private final AtomicBoolean forged = new AtomicBoolean();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final RSAKey foreignKey;
    private URI tokenEndpoint;

    ForgingTokenEndpoint() {
        try {
            foreignKey = new RSAKeyGenerator(2048).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    void inFrontOf(URI tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    /** The next token request gets a forged ID token. */
    void forgeNext() {
        forged.set(false);
        forgeNext.set(true);
    }

    /** Whether a forged ID token went out since {@link #forgeNext()}. */
    boolean forged() {
        return forged.get();
    }

    @Override
    public boolean match(OAuth2HttpRequest request) {
        return forgeNext.get()
                && request.getMethod().equals("POST")
                && request.getUrl().encodedPath().equals(tokenEndpoint.getPath());
    }

    @Override
    public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
        forgeNext.set(false); // the request below reaches the provider itself
        try {
            HttpRequest.Builder real = HttpRequest.newBuilder(tokenEndpoint)
                    .POST(HttpRequest.BodyPublishers.ofString(request.getBody() == null ? "" : request.getBody()));
            for (String header : new String[] {"Authorization", "Content-Type", "Accept"}) {
                String value = request.getHeaders().get(header);
                if (value != null) {
                    real.header(header, value);
                }
            }
            HttpResponse<String> answer = http.send(real.build(), HttpResponse.BodyHandlers.ofString());
            ObjectNode body = (ObjectNode) json.readTree(answer.body());
            SignedJWT genuine = SignedJWT.parse(body.get("id_token").asText());
            SignedJWT forgery =
                    new SignedJWT(new JWSHeader.Builder(genuine.getHeader()).build(), genuine.getJWTClaimsSet());
            forgery.sign(new RSASSASigner(foreignKey));
            body.put("id_token", forgery.serialize());
            forged.set(true);
            return new OAuth2HttpResponse(
                    Headers.of("Content-Type", "application/json;charset=UTF-8"),
                    answer.statusCode(),
                    json.writeValueAsString(body),
                    null);
        } catch (IOException | ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
