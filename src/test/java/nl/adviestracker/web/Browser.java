package nl.adviestracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import nl.adviestracker.support.Authenticator;

/**
 * Debian's headless Chromium driven by Playwright, for tests that use the screens as a person would.
 * There is no fallback: without {@code /usr/bin/chromium} the tests fail, they are never skipped.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String baseUrl;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium, String baseUrl) {
        this.playwright = playwright;
        this.chromium = chromium;
        this.baseUrl = baseUrl;
    }

    static Browser start(String baseUrl) {
        assertThat(CHROMIUM)
                .as("Debian's chromium is needed for the browser tests (apt-get install chromium)")
                .isExecutable();
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        com.microsoft.playwright.Browser chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setArgs(List.of(
                                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
        return new Browser(playwright, chromium, baseUrl);
    }

    /** A fresh browser window with its own cookies, as a separate person would have. */
    Page newPage() {
        BrowserContext context = chromium.newContext(new NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("nl-NL")
                .setTimezoneId("Europe/Amsterdam")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    /** Logs in through the login form. */
    static void logIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(password);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        page.waitForURL(url -> !url.endsWith("/login"));
        secondStep(page, username);
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * The second step after a right password, as the account's owner takes it with the app on their phone: set
     * the app up (the secret as text, the first code, then past the recovery codes), or give a fresh code.
     */
    static void secondStep(Page page, String username) {
        if (page.url().endsWith("/login/enrol")) {
            String code = Authenticator.enrol(username, page.locator("#sleutel").innerText());
            page.getByLabel("Code uit de app").fill(code);
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Instellen"))
                    .click();
            page.locator("#herstelcodes").waitFor();
            Authenticator.recoveryCodes(
                    username, page.locator("#herstelcodes li").allInnerTexts());
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Verder"))
                    .click();
        } else if (page.url().endsWith("/login/code")) {
            page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(Authenticator.code(username));
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Controleren"))
                    .click();
        }
    }

    static Path screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page and fails on any serious or critical violation. */
    static void assertAccessible(Page page, String what) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        assertThat(results.getPasses()).as("axe-core ran on " + page.url()).isNotEmpty();
        AxeResultsFile.record(what, results);
        results.getViolations()
                .forEach(rule -> System.out.println("axe " + what + ": " + rule.getImpact() + " " + rule.getId() + " ("
                        + rule.getNodes().size() + "x)"));
        List<Rule> grave = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(grave).as(what + " (" + page.url() + "): " + describe(grave)).isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
