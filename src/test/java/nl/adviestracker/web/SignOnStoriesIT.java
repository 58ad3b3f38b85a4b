package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.User;
import nl.adviestracker.account.Users;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Single sign-on for staff in the browser, against a real OpenID provider that the test starts on a free port
 * (mock-oauth2-server): the login page's button, the provider's answer, the account made on the first sign-in in
 * the provider's organisation with the role its groups give, the same account again with a changed role, sign-out
 * here and at the provider, and a refusal with a Dutch reason for someone without the group and for an ID token
 * that is forged, expired or meant for another client.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignOnStoriesIT implements TestPropertyProvider {

    static final String CLIENT_ID = "adviestracker-groningen";
    static final String BUTTON = "Inloggen met de organisatie-account (Gemeente Groningen)";

    @Inject
    EmbeddedServer server;

    @Inject
    Users users;

    MockOAuth2Server provider;
    ForgingTokenEndpoint forger = new ForgingTokenEndpoint();
    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        provider = new MockOAuth2Server(new OAuth2Config(), forger);
        try {
            provider.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        forger.inFrontOf(provider.tokenEndpointUrl("groningen").uri());
        return Map.ofEntries(
                Map.entry("micronaut.security.oauth2.clients.groningen.client-id", CLIENT_ID),
                Map.entry("micronaut.security.oauth2.clients.groningen.client-secret", "geheim-van-de-client"),
                Map.entry(
                        "micronaut.security.oauth2.clients.groningen.openid.issuer",
                        provider.issuerUrl("groningen").toString()),
                Map.entry("adviestracker.sign-on.groningen.organisation-id", "1"),
                Map.entry("adviestracker.sign-on.groningen.label", "Gemeente Groningen"),
                Map.entry("adviestracker.sign-on.groningen.claim", "groups"),
                Map.entry("adviestracker.sign-on.groningen.staff-group", "adviestracker-beleid"),
                Map.entry("adviestracker.sign-on.groningen.manager-group", "adviestracker-management"),
                Map.entry("adviestracker.sign-on.groningen.admin-group", "adviestracker-beheer"));
    }

    @BeforeAll
    void setUp() {
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
        provider.shutdown();
    }

    @Test
    void staffSignInWithTheirOrganisationAccountAndTheirGroupsGiveTheRole() {
        requests(); // what start-up asked the provider is not this story's
        Page page = browser.newPage();
        signIn(page, "sub-jan", List.of("adviestracker-beleid", "iets-anders"), List.of(CLIENT_ID), 3600);
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")))
                .isVisible();
        User jan = account("j.jansen@groningen.example").orElseThrow();
        assertThat(jan.username()).isEqualTo("j.jansen");
        assertThat(jan.name()).isEqualTo("Jan Jansen");
        assertThat(jan.role()).isEqualTo(Role.STAFF);
        assertThat(jan.organisationId()).isEqualTo(1L);
        assertThat(jan.hasPassword())
                .as("no password here: the provider signs them in")
                .isFalse();

        // authorization code flow with PKCE: a challenge on the way out, its verifier with the code
        List<RecordedRequest> asked = requests();
        assertThat(asked)
                .anySatisfy(r -> assertThat(r.getRequestUrl().toString())
                        .contains("/groningen/authorize")
                        .contains("response_type=code")
                        .contains("code_challenge_method=S256")
                        .contains("code_challenge="));
        assertThat(asked)
                .anySatisfy(r -> assertThat(r.getBody().readUtf8())
                        .contains("grant_type=authorization_code")
                        .contains("code_verifier="));

        // sign-out ends our session: the start page asks to log in again, the old cookie opens nothing
        String cookie = page.context().cookies().stream()
                .filter(c -> c.name.equals("adviestracker_session"))
                .findFirst()
                .orElseThrow()
                .value;
        requests();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                .click();
        page.waitForURL(url -> url.startsWith(server.getURL() + "/login"));
        // ... and the provider's session too: the browser passed its end-session endpoint, with the ID token
        // as the hint and our login page as the way back
        assertThat(requests())
                .anySatisfy(r -> assertThat(r.getRequestUrl().encodedPath()).isEqualTo("/groningen/endsession"))
                .filteredOn(r -> r.getRequestUrl().encodedPath().equals("/groningen/endsession"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.getRequestUrl().queryParameter("post_logout_redirect_uri"))
                            .isEqualTo(server.getURL() + "/login");
                    assertThat(SignedJWT.parse(r.getRequestUrl().queryParameter("id_token_hint"))
                                    .getJWTClaimsSet()
                                    .getSubject())
                            .isEqualTo("sub-jan");
                });
        page.navigate("/admin/users");
        assertThat(page).hasURL(Pattern.compile(".*/login(\\?.*)?$"));
        assertThat(page.context()
                        .request()
                        .get(
                                "/api/bodies",
                                com.microsoft.playwright.options.RequestOptions.create()
                                        .setHeader("Cookie", "adviestracker_session=" + cookie))
                        .status())
                .isEqualTo(401);

        // the provider moved Jan to management: same account, new role; and to the admins, without our code
        signIn(page, "sub-jan", List.of("adviestracker-management"), List.of(CLIENT_ID), 3600);
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertThat(account("j.jansen@groningen.example").orElseThrow().role()).isEqualTo(Role.MANAGER);
        assertThat(users.list().stream().filter(u -> u.username().startsWith("j.jansen")))
                .hasSize(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                .click();
        page.waitForURL(url -> url.contains("/login"));
        signIn(page, "sub-jan", List.of("adviestracker-beheer"), List.of(CLIENT_ID), 3600);
        page.navigate("/admin/users");
        assertThat(page.locator("h1")).hasText("Gebruikers");
        assertThat(account("j.jansen@groningen.example").orElseThrow().role()).isEqualTo(Role.ADMIN);
        page.context().close();
    }

    @Test
    void someoneWithoutTheGroupIsRefusedInDutchAndGetsNoAccount() {
        Page page = browser.newPage();
        page.navigate("/login");
        Browser.assertAccessible(page, "login with single sign-on");
        Browser.screenshot(page, "sso-inloggen");
        signIn(page, "sub-piet", List.of("gemeente-iedereen"), List.of(CLIENT_ID), 3600);
        assertThat(page).hasURL(Pattern.compile(".*/login\\?sso=geen-toegang$"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("geeft geen toegang tot Adviestracker");
        Browser.assertAccessible(page, "single sign-on refused");
        Browser.screenshot(page, "sso-geweigerd");
        assertThat(account("piet@groningen.example")).isEmpty();
        page.context().close();
    }

    @Test
    void anIdTokenForAnotherClientIsRefusedAndMakesNoAccount() {
        Page page = browser.newPage();
        signIn(page, "sub-anna", List.of("adviestracker-beleid"), List.of("een-andere-applicatie"), 3600);
        assertRefused(page, "anna@groningen.example");
    }

    @Test
    void anExpiredIdTokenIsRefusedAndMakesNoAccount() {
        Page page = browser.newPage();
        signIn(page, "sub-kees", List.of("adviestracker-beleid"), List.of(CLIENT_ID), -600);
        assertRefused(page, "kees@groningen.example");
    }

    @Test
    void anIdTokenSignedWithAnotherKeyThanTheProvidersIsRefusedAndMakesNoAccount() {
        Page page = browser.newPage();
        forger.forgeNext();
        signIn(page, "sub-els", List.of("adviestracker-beheer"), List.of(CLIENT_ID), 3600);
        assertThat(forger.forged()).as("the callback got the forged token").isTrue();
        assertRefused(page, "els@groningen.example");
    }

    /** Back on the login page with a Dutch reason: no session, no account. */
    private void assertRefused(Page page, String email) {
        assertThat(page).hasURL(Pattern.compile(".*/login\\?sso=mislukt$"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Inloggen met uw organisatie-account is niet gelukt");
        assertThat(page.context().cookies().stream().map(c -> c.name)).doesNotContain("adviestracker_session");
        assertThat(account(email)).isEmpty();
        page.context().close();
    }

    /** The provider's next sign-in gives these claims; then the staff member presses the login page's button. */
    private void signIn(Page page, String subject, List<String> groups, List<String> audience, long expiry) {
        String name = switch (subject) {
            case "sub-jan" -> "j.jansen";
            default -> subject.substring(4);
        };
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                "groningen",
                subject,
                "JWT",
                audience,
                Map.of(
                        // the provider makes an ID token for the asking client; the claim overrides it
                        "aud",
                        audience,
                        "groups",
                        groups,
                        "name",
                        "sub-jan".equals(subject) ? "Jan Jansen" : name,
                        "email",
                        name + "@groningen.example",
                        "preferred_username",
                        name + "@groningen.example"),
                expiry));
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BUTTON))
                .click();
        page.waitForURL(url -> !url.contains("/oauth/")
                && !url.contains("127.0.0.1:" + provider.baseUrl().port()));
    }

    private Optional<User> account(String email) {
        return users.list().stream().filter(u -> u.email().equals(email)).findFirst();
    }

    private List<RecordedRequest> requests() {
        List<RecordedRequest> taken = new ArrayList<>();
        try {
            for (RecordedRequest r = provider.takeRequest(200, TimeUnit.MILLISECONDS);
                    r != null;
                    r = provider.takeRequest(200, TimeUnit.MILLISECONDS)) {
                taken.add(r);
            }
        } catch (RuntimeException none) {
            // the provider's queue is empty
        }
        return taken;
    }
}
