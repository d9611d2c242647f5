package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The workforce plan on the demo council, as the workforce lead opens it from the navigation; axe-checked. */
class PlanBrowserTest extends BrowserTest {

    @Test
    void theWorkforceLeadOpensThePlan() {
        signIn("workforce.lead");
        navigate("Workforce plan");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        assertThat(page.locator("svg").first()).isVisible();
        assertAccessible("the workforce plan");
        screenshot("workforce-lead-plan");
    }

    @org.springframework.beans.factory.annotation.Autowired
    uk.retain.planning.web.PlanRuns runs;

    @org.springframework.beans.factory.annotation.Autowired
    uk.retain.planning.Scenarios scenarios;

    @Test
    void aPlanNotYetWorkedOutShowsItsProgressThenRefreshesItselfIntoThePlan() {
        // Levers no other test has run, and no wait: the page answers with the progress at once.
        scenarios.save("999", "Progress test", uk.retain.planning.ScenarioJson.levers(java.util.Map.of("caseload_target", 19.5)),
                "test", clock.instant());
        runs.setWait(java.time.Duration.ZERO);
        try {
            signIn("workforce.lead");
            page.navigate(url("/plan?scenario=Progress%20test"));
            assertThat(page.locator("#plan-progress")).containsText("Working out the plan");
            assertAccessible("the workforce plan while it is worked out");
            // The Refresh header brings the plan back by itself, with no script.
            assertThat(page.locator("svg").first()).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                    .IsVisibleOptions().setTimeout(60_000));
            assertThat(page.locator("#plan-progress")).hasCount(0);
        } finally {
            runs.setWait(java.time.Duration.ofSeconds(3));
            scenarios.remove("999", "Progress test");
        }
    }
}
