package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The pages with wide tables on a phone's width (390 CSS pixels): the page itself never scrolls sideways, a wide
 * table scrolls in its own focusable, labelled region, and dates stay on one line.
 */
class NarrowScreenBrowserTest extends BrowserTest {

    private void narrow() {
        page.setViewportSize(390, 844);
    }

    /** How far the page is wider than the window, in CSS pixels (0 when it does not scroll sideways). */
    private int overflow() {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .intValue();
    }

    @Test
    void theDashboard() {
        signIn("hr.officer");
        narrow();
        page.navigate(url("/dashboard"));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Workforce dashboard");
        assertThat(overflow()).as("the dashboard scrolls sideways by").isZero();
        assertAccessible("the dashboard at 390 px");
        screenshot("dashboard-390");
    }

    @Test
    void theCaseloadsPage() {
        signIn("team.manager");
        narrow();
        page.locator("tbody a").first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Caseloads against capacity")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Caseloads");
        assertThat(overflow()).as("the caseloads page scrolls sideways by").isZero();
        var queue = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Cases waiting for a primary worker")));
        assertThat(queue).isVisible();
        assertThat(queue.getAttribute("tabindex")).isEqualTo("0");
        @SuppressWarnings("unchecked")
        List<String> wraps = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('#queue td.retain-date')].map(cell => getComputedStyle(cell).whiteSpace)");
        assertThat(wraps).as("the queue's dates").isNotEmpty().containsOnly("nowrap");
        assertAccessible("the caseloads page at 390 px");
        screenshot("caseloads-390");
    }
}
