package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.Totp;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two factors in the browser: an admin must set up an
 * authenticator app before anything else, then signs in with a code; a wrong or replayed code is refused,
 * a recovery code works once, wrong codes count towards the login throttle; a member may set it up.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoFactorStoriesIT {

    static final String PASSWORD = "een lang beheerwachtwoord";

    @Inject
    EmbeddedServer server;

    @Inject
    Users users;

    @Inject
    Bodies bodies;

    Browser browser;

    @BeforeAll
    void setUp() {
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdminSetsUpTheAppBeforeAnythingElseThenSignsInWithACodeThatWorksOnce() {
        users.create(
                new UserInput("tweestaps", "Tineke Twee", "t@example.org", Role.ADMIN, null, PASSWORD, true, null));
        Page page = browser.newPage();
        password(page, "tweestaps", PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login/enrol"));
        assertThat(page.locator("h1")).hasText("Tweestapsverificatie instellen");
        assertThat(page.locator(".qr svg")).isVisible();
        Browser.assertAccessible(page, "enrol");
        Browser.screenshot(page, "tweestaps-instellen");
        String secret = page.locator("#sleutel").innerText().replace(" ", "");

        // no session before the second step: the users screen sends the half-signed-in admin to the login page
        page.navigate("/admin/users");
        assertThat(page).hasURL(Pattern.compile(".*/login(\\?.*)?$"));
        page.navigate("/login/enrol");
        assertThat(page.locator("#sleutel").innerText().replace(" ", ""))
                .as("the same secret until confirmed")
                .isEqualTo(secret);

        code(page, "Instellen", Totp.codeAt(secret, Instant.now().plusSeconds(600)));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("klopt niet");
        String first = Totp.codeAt(secret, Instant.now());
        code(page, "Instellen", first);
        assertThat(page.locator("#herstelcodes li")).hasCount(10);
        List<String> recovery = page.locator("#herstelcodes li").allInnerTexts();
        Browser.assertAccessible(page, "recovery codes");
        Browser.screenshot(page, "tweestaps-herstelcodes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verder"))
                .click();
        page.navigate("/admin/users");
        assertThat(page.locator("h1")).hasText("Gebruikers");
        logOut(page);

        password(page, "tweestaps", PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login/code"));
        Browser.assertAccessible(page, "code");
        Browser.screenshot(page, "tweestaps-code");
        code(page, "Controleren", first);
        // the code that enrolled the app, once more: replayed
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("al gebruikt");
        code(page, "Controleren", "123 45");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("klopt niet");
        code(page, "Controleren", Totp.codeAt(secret, Instant.now().plusSeconds(30)));
        page.navigate("/admin/users");
        assertThat(page.locator("h1")).hasText("Gebruikers");
        logOut(page);

        password(page, "tweestaps", PASSWORD);
        code(page, "Controleren", recovery.get(3));
        page.navigate("/admin/users");
        assertThat(page.locator("h1")).hasText("Gebruikers");
        logOut(page);
        password(page, "tweestaps", PASSWORD);
        code(page, "Controleren", recovery.get(3));
        // a recovery code works once
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("klopt niet");
        page.context().close();
    }

    @Test
    void wrongCodesCountTowardsTheLoginThrottle() {
        users.create(new UserInput("raadselaar", "Rik Raad", "r@example.org", Role.STAFF, null, PASSWORD, true, null));
        Page page = browser.newPage();
        password(page, "raadselaar", PASSWORD);
        String secret = page.locator("#sleutel").innerText().replace(" ", "");
        code(page, "Instellen", Totp.codeAt(secret, Instant.now()));
        logOut(page);
        password(page, "raadselaar", PASSWORD);
        for (int i = 0; i < 5; i++) {
            code(page, "Controleren", "000000".equals(Totp.codeAt(secret, Instant.now())) ? "111111" : "000000");
        }
        code(page, "Controleren", Totp.codeAt(secret, Instant.now().plusSeconds(30)));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Te veel mislukte pogingen");
        page.context().close();
    }

    @Test
    void aMemberSignsInWithAPasswordAndMaySetUpTheAppLater() {
        long body = bodies.create(new BodyInput("Raad Tweestaps", "RTS", null, null, null, null, null, null))
                .id();
        users.create(new UserInput("lid-tweestaps", "Lid", "l@example.org", Role.ASDG, body, PASSWORD, true, null));
        Page page = browser.newPage();
        Browser.logIn(page, "lid-tweestaps", PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        page.navigate("/account/two-factor");
        assertThat(page.locator("h1")).hasText("Tweestapsverificatie instellen");
        Browser.assertAccessible(page, "member enrol");
        String secret = page.locator("#sleutel").innerText().replace(" ", "");
        code(page, "Instellen", Totp.codeAt(secret, Instant.now()));
        assertThat(page.locator("#herstelcodes li")).hasCount(10);
        logOut(page);
        password(page, "lid-tweestaps", PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login/code"));
        page.context().close();
    }

    private static void password(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        page.waitForURL(url -> !url.endsWith("/login"));
    }

    private static void code(Page page, String button, String code) {
        page.getByLabel(Pattern.compile("^Code")).fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
        page.waitForLoadState();
    }

    private static void logOut(Page page) {
        page.navigate("/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                .click();
        page.waitForURL(url -> url.contains("/login"));
    }
}
