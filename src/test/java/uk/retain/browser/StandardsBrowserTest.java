package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The Employer Standards health check in a real browser on the demo council: the workforce lead reads the evidence,
 * rates a standard (an error first) and plans an action; HR reads it without the forms; every state passes axe.
 */
class StandardsBrowserTest extends BrowserTest {

    private void heading(String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(text);
    }

    @Test
    void theWorkforceLeadRatesAStandardAndPlansAnAction() {
        signIn("workforce.lead");
        navigate("Employer Standards");
        heading("Employer Standards health check " + today().getYear());
        assertThat(page.locator("#standard-5")).containsText("Supervision in date (%)");
        // The demo's latest staff survey is evidence too.
        assertThat(page.locator("#standard-3")).containsText("Staff survey: workload is manageable (% agree)");
        assertThat(page.locator("main")).containsText("Survey figures: the share who agreed or strongly agreed in staff survey");
        assertAccessible("the health check");
        screenshot("workforce-lead-employer-standards");

        page.locator("#standard-5").getByRole(AriaRole.LINK).first().click();
        heading("5. Effective supervision");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the rating")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose a rating");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertAccessible("rating a standard, with errors");
        screenshot("workforce-lead-employer-standard-errors");

        page.getByLabel("Partly met").check();
        page.getByLabel("Reasons").fill("In date overall, but two teams slipping since the summer.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the rating")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Standard 5 is rated.");
        assertThat(page.locator("#standard-5")).containsText("Partly met");

        page.locator("#standard-5").getByRole(AriaRole.LINK).first().click();
        page.getByLabel("Action").fill("Weekly supervision audit in the two teams");
        page.getByLabel("Owner").fill("Head of service, North");
        page.getByLabel("Day").fill("31");
        page.getByLabel("Month").fill("3");
        page.getByLabel("Year").fill(String.valueOf(today().getYear() + 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action")).click();
        assertThat(page.locator("#standard-5")).containsText("Weekly supervision audit in the two teams");
        assertAccessible("the health check with a rating and an action");
        screenshot("workforce-lead-employer-standards-planned");
    }

    @Test
    void hrReadsTheHealthCheckWithoutItsForms() {
        signIn("hr.officer");
        navigate("Employer Standards");
        heading("Employer Standards health check");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rate 5. Effective supervision"))).hasCount(0);
        assertAccessible("the health check for HR");
    }
}
