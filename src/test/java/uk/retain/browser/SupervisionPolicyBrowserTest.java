package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The supervision pages in a browser for every demo user that may see them, checked by axe at WCAG 2.2 AA and
 * photographed: the policy page (and its form with errors), a worker's variation, the overdue list and compliance.
 */
class SupervisionPolicyBrowserTest extends BrowserTest {

    private void check(String heading, String screenshot) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(heading);
        assertAccessible(screenshot);
        screenshot(screenshot);
    }

    private void navigateTo(String link) {
        navigate(link);
    }

    @Test
    void workforceLead() {
        signIn("workforce.lead");
        navigateTo("Supervision policy");
        check("Supervision policy", "workforce-lead-supervision-policy");
        // A form with problems: the error summary and each field's error, accessible too.
        page.getByLabel("Shortest session that counts, in minutes").fill("500");
        page.getByLabel("Everyone else is supervised every").fill("monthly");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the policy")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("from 0 to 480");
        check("Supervision policy", "workforce-lead-supervision-policy-errors");
        page.getByLabel("Shortest session that counts, in minutes").fill("60");
        page.getByLabel("Everyone else is supervised every").fill("4 weeks");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the policy")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The supervision policy is saved.");
        assertThat(page.locator(".govuk-summary-list").first()).containsText("Every 4 weeks");

        navigateTo("Supervision compliance");
        check("Supervision compliance", "workforce-lead-supervision-compliance");
        assertThat(page.locator("#compliance-table")).isVisible();
        assertThat(page.locator("#supervision-compliance svg")).isVisible();
        navigateTo("Overdue supervision");
        check("Overdue supervision", "workforce-lead-supervision-overdue");
    }

    @Test
    void teamManagerVariesThePolicyForOneOfTheirWorkers() {
        signIn("team.manager");
        navigateTo("Overdue supervision");
        check("Overdue supervision", "team-manager-supervision-overdue");
        navigateTo("Teams");
        page.locator("tbody a").first().click();
        page.locator("table").filter(new Locator.FilterOptions().setHasText("Name")).locator("tbody a").first().click();
        navigateTo("Supervision policy for this worker, and its variations");
        check("Supervision policy", "team-manager-worker-supervision-policy");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the variation")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter how often the worker is supervised");
        check("Supervision policy", "team-manager-worker-variation-errors");
        page.getByLabel("Supervised every").fill("2 weeks");
        page.getByLabel("Ends on").fill(today().plusMonths(2).toString());
        page.getByLabel("Reason").fill("Returning from long absence");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the variation")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The variation is saved");
        assertThat(page.locator(".govuk-summary-list")).containsText("Varied for this worker: every 2 weeks");
        check("Supervision policy", "team-manager-worker-variation-saved");
        navigateTo("Supervision policy");
        check("Supervision policy", "team-manager-supervision-policy");
        assertThat(page.getByText("Returning from long absence")).isVisible();
    }

    @Test
    void hrOfficer() {
        signIn("hr.officer");
        navigateTo("Supervision compliance");
        check("Supervision compliance", "hr-supervision-compliance");
        navigateTo("Overdue supervision");
        check("Overdue supervision", "hr-supervision-overdue");
        navigateTo("Supervision policy");
        check("Supervision policy", "hr-supervision-policy");
    }

    @Test
    void seniorLeaderSeesComplianceByTeamOnly() {
        signIn("senior.leader");
        navigateTo("Supervision compliance");
        check("Supervision compliance", "senior-leader-supervision-compliance");
        assertThat(page.getByText("Workers longest overdue")).hasCount(0);
        navigateTo("Supervision policy");
        check("Supervision policy", "senior-leader-supervision-policy");
        page.navigate(url("/supervision/overdue"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("You do not have access to this page");
    }

    @Test
    void socialWorkerSeesTheirOwnPolicy() {
        signIn("social.worker");
        page.navigate(url("/supervision-policy"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("You do not have access to this page");
    }
}
