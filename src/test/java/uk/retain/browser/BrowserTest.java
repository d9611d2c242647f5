package uk.retain.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Pages as a person sees them: Debian's Chromium driven by Playwright against Retain on a random port, with the
 * demo council and its demo users loaded into an in-memory database. Without Chromium a local run skips these
 * tests with a message; under CI they fail instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "retain.demo.load=always"})
abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String PASSWORD = "exampleshire-demo";
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    List<uk.retain.people.NavigationLinks> navigationLinks;

    @Autowired
    org.springframework.context.MessageSource messages;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void browser() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Files.isExecutable(CHROMIUM)) {
            if (ci) {
                throw new IllegalStateException("Chromium is not installed at " + CHROMIUM + ": .ci/run must install it");
            }
            String why = "Browser tests skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium)";
            // Surefire counts a skip without saying why: say it where a person running the tests will see it.
            System.err.println(why);
            assumeTrue(false, why);
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    /** The service's today: with the demo loaded, the demo's last day. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Follows the link named {@code words} on the page; when it is a page of the service navigation that the role
     * reaches through a part of the service (see {@code Navigation}), through that part's link first, as a person would.
     */
    void navigate(String words) {
        page.waitForLoadState();
        com.microsoft.playwright.Locator link = page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName(words).setExact(true));
        if (link.count() == 0) {
            String section = navigationLinks.stream().flatMap(module -> module.links().stream())
                    .filter(l -> words.equals(messages.getMessage(l.label(), null, null, java.util.Locale.UK)))
                    .map(l -> messages.getMessage("nav.section." + l.section().name().toLowerCase(java.util.Locale.ROOT),
                            null, java.util.Locale.UK))
                    .findFirst().orElseThrow(() -> new AssertionError("no link '" + words + "' on " + page.url()));
            page.locator(".govuk-service-navigation").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName(section).setExact(true)).click();
            page.waitForLoadState();
        }
        link.first().click();
    }

    void signIn(String username) {
        page.navigate(url("/sign-in"));
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** The page has no WCAG 2.2 AA violation, and the scan itself worked (a failed scan reports none). */
    void assertAccessible(String what) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        assertThat(results.getErrorMessage()).as("axe could not scan %s", what).isNull();
        assertThat(results.getViolations()).as("WCAG 2.2 AA violations on %s: %s", what, describe(results.getViolations()))
                .isEmpty();
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            text.append("\n  ").append(rule.getId()).append(": ").append(rule.getHelp());
            rule.getNodes().stream().limit(3).forEach(node -> text.append("\n    ").append(node.getHtml()));
        }
        return text.toString();
    }
}
