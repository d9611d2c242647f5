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
}
