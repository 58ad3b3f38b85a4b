package nl.adviestracker.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import nl.adviestracker.tenancy.OrganisationContext;

/**
 * Where Micronaut's OpenID client hands over after the provider's answer: our own session in PostgreSQL, as a
 * password login makes it (micronaut-security-session is not used), or back to the login page with the reason.
 * Staff who sign in this way give no code of ours: their provider asks for its own second factor.
 */
@Singleton
class SignOnLoginHandler implements RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> {

    static final String NO_ACCESS = "geen-toegang";
    static final String FAILED = "mislukt";

    private final List<SignOnSettings> settings;
    private final SignOn signOn;
    private final Sessions sessions;

    SignOnLoginHandler(List<SignOnSettings> settings, SignOn signOn, Sessions sessions) {
        this.settings = settings;
        this.signOn = signOn;
        this.sessions = sessions;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        Object provider = authentication.getAttributes().get(SignOn.PROVIDER);
        Optional<SignOnSettings> organisation =
                settings.stream().filter(s -> s.provider().equals(provider)).findFirst();
        if (organisation.isEmpty()) {
            return toLogin(FAILED);
        }
        User user;
        try {
            user = OrganisationContext.within(
                    organisation.get().organisationId(), () -> signOn.signedOn(authentication));
        } catch (SignOn.Refused refused) {
            return toLogin("uitgeschakeld");
        }
        Object idToken = authentication.getAttributes().get(SignOn.ID_TOKEN);
        // without its ID token the provider's session cannot be ended from here; ours still can
        Sessions.SignedOnAt signedOnAt = idToken == null
                ? null
                : new Sessions.SignedOnAt(organisation.get().provider(), idToken.toString());
        return HttpResponse.seeOther(URI.create("/"))
                .cookie(SessionCookie.of(request, sessions.start(user, signedOnAt)));
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(
            Authentication authentication, String refreshToken, HttpRequest<?> request) {
        return toLogin(FAILED);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        boolean noGroup =
                failure.getMessage().filter(StaffClaims.NO_GROUP::equals).isPresent();
        return toLogin(noGroup ? NO_ACCESS : FAILED);
    }

    static MutableHttpResponse<?> toLogin(String reason) {
        return HttpResponse.seeOther(URI.create("/login?sso=" + reason));
    }

    /** The Dutch message the login page shows for a reason above, or null. */
    static String message(String reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case NO_ACCESS -> StaffClaims.NO_GROUP;
            case "uitgeschakeld" -> SignOn.SWITCHED_OFF;
            case FAILED ->
                "Inloggen met uw organisatie-account is niet gelukt. Probeer het opnieuw, of log in met uw"
                        + " gebruikersnaam en wachtwoord.";
            default -> null;
        };
    }
}
