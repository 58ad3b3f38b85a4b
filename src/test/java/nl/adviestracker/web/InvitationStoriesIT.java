package nl.adviestracker.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.UserInput;
import nl.adviestracker.account.Users;
import nl.adviestracker.body.Bodies;
import nl.adviestracker.body.BodyInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Accounts from e-mail, in the browser, against a real SMTP server (GreenMail): an admin invites a member
 * who chooses a password from the link; someone who forgot theirs gets a link; a link works once, expires,
 * and a used, replaced or forged one is refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationStoriesIT implements TestPropertyProvider {

    static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/password/set\\?token=[A-Za-z0-9_-]+)");
    static final String ADMIN_PASSWORD = "beheer-wachtwoord";

    @Inject
    EmbeddedServer server;

    @Inject
    Users users;

    @Inject
    Bodies bodies;

    @Inject
    Expiry expiry;

    GreenMail smtp;
    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return Map.of(
                "adviestracker.mail.host", "127.0.0.1",
                "adviestracker.mail.port", String.valueOf(smtp.getSmtp().getPort()),
                "adviestracker.mail.from", "adviestracker@gemeente.example");
    }

    @BeforeAll
    void setUp() {
        users.create(new UserInput(
                "uitnodiger", "Beheerder", "beheer@gemeente.example", Role.ADMIN, null, ADMIN_PASSWORD, true, null));
        bodies.create(new BodyInput("Wmo-raad Uitnodiging", "WMOU", null, null, null, null, null, null));
        browser = Browser.start(server.getURL().toString());
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void anAdminInvitesAMemberWhoChoosesAPasswordFromTheLinkWhichThenWorksNoMore() throws Exception {
        Page admin = browser.newPage();
        Browser.logIn(admin, "uitnodiger", ADMIN_PASSWORD);
        admin.navigate("/");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gebruikers"))
                .click();
        assertThat(admin.locator("h1")).hasText("Gebruikers");
        admin.getByLabel("Gebruikersnaam").fill("a.jansen");
        admin.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Anna Jansen");
        admin.getByLabel("E-mailadres").fill("anna@asdg.example");
        admin.getByLabel("Rol").selectOption("ASDG");
        admin.getByLabel("Adviesorgaan")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Wmo-raad Uitnodiging"));
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodiging versturen"))
                .click();
        assertThat(admin.getByRole(AriaRole.STATUS)).containsText("De uitnodiging is verstuurd");
        assertThat(admin.locator("table")).containsText("uitgenodigd, nog geen wachtwoord");
        assertThat(admin.content()).doesNotContain("password_hash").doesNotContain("$2a$");
        Browser.screenshot(admin, "uitnodiging-gebruikers");

        MimeMessage mail = mailTo("anna@asdg.example");
        assertThat(mail.getSubject()).isEqualTo("Uitnodiging voor Adviestracker");
        String text = content(mail);
        assertThat(text).contains("Beste Anna Jansen", "a.jansen", "ASDG-lid");
        String link = link(mail);

        Page anna = browser.newPage();
        anna.navigate(link);
        assertThat(anna.locator("h1")).hasText("Kies uw wachtwoord");
        assertThat(anna.locator("main")).containsText("a.jansen");
        Browser.assertAccessible(anna, "choose a password");
        choose(anna, "wachtwoord12", "wachtwoord12");
        assertThat(anna.locator("#wachtwoord-password-fout")).containsText("veelgebruikte of uitgelekte");
        choose(anna, "kort", "kort");
        assertThat(anna.locator("#wachtwoord-password-fout")).containsText("minstens 12 tekens");
        choose(anna, "fietsen langs de hunze", "fietsen langs de Hunze");
        assertThat(anna.locator("#wachtwoord-confirmation-fout")).containsText("niet gelijk");
        Browser.assertAccessible(anna, "choose a password, refused");
        Browser.screenshot(anna, "uitnodiging-wachtwoord-geweigerd");
        choose(anna, "fietsen langs de hunze", "fietsen langs de hunze");
        assertThat(anna.getByRole(AriaRole.STATUS)).containsText("Uw wachtwoord is opgeslagen");
        Browser.logIn(anna, "a.jansen", "fietsen langs de hunze");
        assertThat(anna.locator(".account")).containsText("Anna Jansen");

        Page again = browser.newPage();
        Response used = again.navigate(link);
        assertThat(used.status()).isEqualTo(410);
        assertThat(again.getByRole(AriaRole.ALERT)).containsText("al gebruikt");
        Browser.screenshot(again, "uitnodiging-link-gebruikt");

        admin.navigate("/admin/users");
        assertThat(admin.locator("tr", new Page.LocatorOptions().setHasText("a.jansen")))
                .containsText("actief");
        for (Page page : new Page[] {admin, anna, again}) {
            page.context().close();
        }
    }

    @Test
    void someoneWhoForgotTheirPasswordGetsALinkThatEndsTheirSessionsAndTheAnswerNeverSaysWhetherTheAddressExists()
            throws Exception {
        users.create(new UserInput(
                "vergeetachtig", "Vera Geet", "vera@gemeente.example", Role.STAFF, null, "oud-wachtwoord", true, null));
        Page elsewhere = browser.newPage();
        Browser.logIn(elsewhere, "vergeetachtig", "oud-wachtwoord");

        Page page = browser.newPage();
        String unknownAnswer = forgot(page, "niemand@nergens.example");
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wachtwoord vergeten?"))
                .click();
        Browser.assertAccessible(page, "forgot password");
        String knownAnswer = forgot(page, "Vera@Gemeente.example");
        assertThat(knownAnswer).isEqualTo(unknownAnswer);
        Browser.screenshot(page, "wachtwoord-vergeten-verstuurd");

        MimeMessage mail = mailTo("vera@gemeente.example");
        assertThat(mail.getSubject()).isEqualTo("Nieuw wachtwoord voor Adviestracker");
        String link = link(mail);
        page.navigate(link);
        assertThat(page.locator("h1")).hasText("Nieuw wachtwoord kiezen");
        choose(page, "een nieuw en lang wachtwoord", "een nieuw en lang wachtwoord");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw wachtwoord is opgeslagen");

        elsewhere.navigate("/followups");
        assertThat(elsewhere).hasURL(Pattern.compile(".*/login.*"));
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill("vergeetachtig");
        page.getByLabel("Wachtwoord").fill("oud-wachtwoord");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("onjuist wachtwoord");
        Browser.logIn(page, "vergeetachtig", "een nieuw en lang wachtwoord");
        assertThat(mailsTo("niemand@nergens.example")).isZero();
        page.context().close();
        elsewhere.context().close();
    }

    @Test
    void anExpiredAReplacedAndAForgedLinkAreRefused() throws Exception {
        users.create(new UserInput(
                "verlopen",
                "Vincent Loop",
                "vincent@gemeente.example",
                Role.STAFF,
                null,
                "oud-wachtwoord",
                true,
                null));
        Page page = browser.newPage();
        forgot(page, "vincent@gemeente.example");
        String first = link(mailTo("vincent@gemeente.example"));
        forgot(page, "vincent@gemeente.example");
        String second = link(waitForMails("vincent@gemeente.example", 2)[1]);
        assertThat(second).isNotEqualTo(first);

        Response replaced = page.navigate(first);
        assertThat(replaced.status()).isEqualTo(410);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("verlopen of vervangen");

        expiry.expire(second.substring(second.indexOf("token=") + 6));
        Response expired = page.navigate(second);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("verlopen");

        Response forged = page.navigate("/password/set?token=" + "A".repeat(43));
        assertThat(forged.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("ongeldig");
        Browser.assertAccessible(page, "forged link");
        Browser.screenshot(page, "wachtwoord-link-ongeldig");

        WebClient client = new WebClient(server.getURL().toString());
        String csrf = client.get("/password/forgot")
                .html()
                .selectFirst("input[name=_csrf]")
                .attr("value");
        assertThat(csrf).isNotBlank();
        page.context().close();
    }

    private static void choose(Page page, String password, String confirmation) {
        page.getByLabel("Nieuw wachtwoord").fill(password);
        page.getByLabel("Nog een keer").fill(confirmation);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan"))
                .click();
    }

    private static String forgot(Page page, String email) {
        page.navigate("/password/forgot");
        page.getByLabel("E-mailadres").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stuur mij een link"))
                .click();
        return page.getByRole(AriaRole.STATUS).innerText();
    }

    private MimeMessage mailTo(String address) throws Exception {
        return waitForMails(address, 1)[0];
    }

    private MimeMessage[] waitForMails(String address, int count) throws Exception {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            MimeMessage[] found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> to(m).equalsIgnoreCase(address))
                    .toArray(MimeMessage[]::new);
            if (found.length >= count) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + count + " mail(s) to " + address);
    }

    private long mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).equalsIgnoreCase(address))
                .count();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String link(MimeMessage mail) {
        Matcher matcher = LINK.matcher(content(mail));
        assertThat(matcher.find()).as("a link in the mail").isTrue();
        return matcher.group(1);
    }

    private static String content(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves a link's end to the past, as time passing would. */
    @jakarta.inject.Singleton
    static class Expiry {
        private final JdbcOperations jdbc;

        Expiry(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        void expire(String secret) throws Exception {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String hash = java.util.HexFormat.of().formatHex(digest);
            jdbc.prepareStatement(
                    "update password_token set expires_at = now() - interval '1 minute' where token_hash = ?",
                    statement -> {
                        statement.setString(1, hash);
                        return statement.executeUpdate();
                    });
        }
    }
}
