package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

/**
 * A team manager's evening on the demo council: the queue's recommendations on a short page, accepted all at once,
 * and a rebalancing plan for the team's workers over their cap, accepted case by case; each page checked by axe at
 * WCAG 2.2 AA. A database of its own, so that accepting everything here leaves the other browser tests their queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:browser-allocation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "retain.demo.load=always"})
class AllocationBrowserTest extends BrowserTest {

    private void recommendations() {
        signIn("team.manager");
        page.locator("tbody a").first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Caseloads against capacity")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recommend workers for the unallocated queue")).click();
    }

    private void check(String heading, String screenshot) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(heading);
        assertAccessible(screenshot);
        screenshot(screenshot);
    }

    @Test
    void theQueueOnAShortPageAcceptedAllAtOnce() {
        recommendations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recommend workers for the unallocated queue")).click();
        Locator rows = page.locator("#recommendations tbody tr");
        // count() does not wait: let the page with the recommendations arrive first, as the rebalancing test does, and
        // load whole (a long page is parsed in parts: CI once counted 33 of its 35 rows).
        assertThat(rows).not().hasCount(0);
        page.waitForLoadState(LoadState.LOAD);
        int cases = rows.count();
        assertThat(cases).as("the demo ends with cases waiting").isGreaterThan(1);
        check("Recommended allocations", "allocation-queue");
        int height = ((Number) page.evaluate("document.documentElement.scrollHeight")).intValue();
        assertThat(height).as("a summary table and a closed details per case, for %d cases", cases).isLessThan(900 + 160 * cases);

        // One case's details: why, the load now and if accepted now, and every other worker with their load before and after.
        String caseId = rows.first().locator("td").nth(1).textContent().strip();
        page.getByText(Pattern.compile("^Case " + caseId + ": ")).click();
        Locator details = page.locator("#case-" + caseId);
        assertThat(details.getByText("If you accept it now")).isVisible();
        assertThat(details.locator("option").first()).hasText(Pattern.compile(": From \\d+ to \\d+ cases of \\d+"));
        check("Recommended allocations", "allocation-queue-details");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Accept all \\d+$"))).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText(cases + " cases are allocated:");
        assertThat(page.locator(".govuk-notification-banner li")).hasCount(cases);
        assertThat(page.locator("#recommendations")).hasCount(0);
        check("Recommended allocations", "allocation-queue-accepted");
    }

    @Test
    void aRebalancingPlanForTheWorkersOverCapAcceptedCaseByCase() {
        recommendations();
        page.getByText("Plan a rebalancing of workers over their cap").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the rebalancing")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rebalancing plan for the team"))).isVisible();
        assertThat(page.locator("table").filter(new Locator.FilterOptions().setHasText("Workers over their cap"))
                .locator("tbody tr")).not().hasCount(0);
        check("Recommended allocations", "allocation-rebalancing");

        Locator rows = page.locator("#recommendations tbody tr");
        assertThat(rows).not().hasCount(0);
        int moves = rows.count();
        String caseId = rows.first().locator("td").nth(1).textContent().strip();
        String to = rows.first().locator("td").nth(3).textContent().strip();
        page.getByLabel("Select case " + caseId).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept selected")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Case " + caseId + " is allocated to " + to.lines().findFirst().orElseThrow().strip() + ".");
        assertThat(page.locator("#recommendations tbody tr")).hasCount(moves - 1);
        check("Recommended allocations", "allocation-rebalancing-accepted");
    }
}
