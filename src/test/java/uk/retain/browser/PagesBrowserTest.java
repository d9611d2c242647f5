package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Every page for every demo user that may see it, checked by axe at WCAG 2.2 AA and photographed under
 * target/screenshots; and for every user, a page their role may not open.
 */
class PagesBrowserTest extends BrowserTest {

    /** Opens {@code path}, checks its main heading, accessibility, and takes its picture. */
    private void visit(String path, String heading, String screenshot) {
        page.navigate(url(path));
        check(heading, screenshot);
    }

    private void check(String heading, String screenshot) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(heading);
        assertAccessible(screenshot);
        screenshot(screenshot);
    }

    private void refused(String path) {
        page.navigate(url(path));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(java.util.regex.Pattern.compile("You do not have access to this page|Page not found"));
        assertAccessible("refusal of " + path);
    }

    private Locator firstLinkIn(String tableCaption) {
        return page.locator("table").filter(new Locator.FilterOptions().setHasText(tableCaption)).locator("tbody a").first();
    }

    @Test
    void socialWorker() {
        signIn("social.worker");
        assertThat(page).hasURL(url("/my-caseload"));
        // The demo is set on its last day, and every page says so.
        assertThat(page.locator("#service-day")).containsText(
                "Retain takes today to be " + uk.retain.web.Days.written(uk.retain.demo.CouncilSize.DEMO.historyEnd()));
        check("caseload", "social-worker-my-caseload");
        refused("/teams");
        refused("/users");
    }

    @Test
    void teamManager() {
        signIn("team.manager");
        assertThat(page).hasURL(url("/teams"));
        check("Teams", "team-manager-teams");
        // A role with many pages sees the parts of the service; a part's pages are listed on each of them.
        assertThat(page.locator(".govuk-service-navigation__item--active")).hasText("Teams and caseloads");
        assertThat(page.locator(".retain-section-navigation a")).hasText(new String[] {"Teams", "Continuity", "Caseload policy"});
        assertThat(page.locator(".retain-section-navigation [aria-current=page]")).hasText("Teams");
        page.locator("tbody a").first().click();
        check("", "team-manager-team");
        String team = page.url();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Caseloads against capacity")).click();
        check("Caseloads", "team-manager-caseloads");
        assertThat(page.locator("table").filter(new Locator.FilterOptions().setHasText("Workers' loads on"))).isVisible();
        String caseloads = page.url();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recommend workers for the unallocated queue")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recommend workers for the unallocated queue")).click();
        check("Recommended allocations", "team-manager-recommendations");
        // The demo ends with new cases waiting: accept the first recommendation from its details, and the case
        // leaves the queue.
        String caseId = page.locator("#recommendations tbody tr").first().locator("td").nth(1).textContent().strip();
        page.getByText(java.util.regex.Pattern.compile("^Case " + caseId + ": ")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept for case " + caseId)).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Case " + caseId + " is allocated to ");
        check("Recommended allocations", "team-manager-recommendation-accepted");
        page.navigate(caseloads);
        assertThat(page.locator("table").filter(new Locator.FilterOptions().setHasText("Cases waiting for a primary worker"))
                .getByText(caseId, new Locator.GetByTextOptions().setExact(true))).hasCount(0);
        // A worker's whole caseload, planned for handing on.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recommend workers for the unallocated queue")).click();
        page.getByText("Plan a reallocation when a worker leaves or goes on long absence").click();
        page.getByLabel("Long absence").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the reallocation")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).filter(
                new Locator.FilterOptions().setHasText("Reallocation plan for"))).isVisible();
        check("Recommended allocations", "team-manager-reallocation-plan");
        visit("/continuity", "Continuity for children", "team-manager-continuity");
        visit("/caseload-policy", "Caseload policy", "team-manager-caseload-policy");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save caseload policy"))).hasCount(0);
        page.navigate(team);
        page.locator("tbody a").first().click();
        check("", "team-manager-worker");
        refused("/users");
        refused("/my-caseload");
    }

    @Test
    void hrOfficerSeesTheDashboardAndPersonalDetails() {
        signIn("hr.officer");
        assertThat(page).hasURL(url("/dashboard"));
        check("", "hr-dashboard");
        assertThat(page.locator("svg[role=img]").first()).isVisible();
        visit("/teams", "Teams", "hr-teams");
        page.locator("tbody a").first().click();
        page.locator("tbody a").first().click();
        check("", "hr-worker");
        assertThat(page.getByText("Date of birth")).isVisible();
        visit("/workers", "Workers of the authority", "hr-workers");
        page.getByLabel("Contract").selectOption("agency");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
        check("Workers of the authority", "hr-workers-agency");
        assertThat(page.locator("tbody tr").first()).containsText("Agency");
        visit("/census", "Census return", "hr-census-default");
        refused("/import");
    }

    @Test
    void workforceLeadAndSeniorLeader() {
        signIn("workforce.lead");
        check("", "workforce-lead-dashboard");
        visit("/teams", "Teams", "workforce-lead-teams");
        visit("/continuity", "Continuity for children", "workforce-lead-continuity");
        visit("/caseload-policy", "Caseload policy", "workforce-lead-caseload-policy");
        // A cap above 20 is refused with the GOV.UK error summary; nothing is saved, so other tests see the defaults.
        page.getByLabel("Everyone else who holds cases").fill("25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save caseload policy")).click();
        check("Caseload policy", "workforce-lead-caseload-policy-error");
        assertThat(page.locator(".govuk-error-summary")).containsText("nobody is capped above 20 cases");
        visit("/census?year=2024", "Census return", "workforce-lead-census");
        refused("/census/return.xml?year=2024");
        refused("/audit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        signIn("senior.leader");
        check("", "senior-leader-dashboard");
        visit("/teams", "Teams", "senior-leader-teams");
        refused("/my-caseload");
        refused("/census");
    }

    @Test
    void regionalAnalystSeesNoPerson() {
        signIn("regional.analyst");
        assertThat(page).hasURL(url("/dashboard"));
        check("", "regional-analyst-dashboard");
        page.navigate(url("/dashboard?la=999"));
        check("", "regional-analyst-dashboard-999");
        assertThat(page.getByText("W0000")).hasCount(0);
        refused("/teams");
        refused("/workers/W00001");
    }

    @Test
    void administrator() {
        signIn("administrator");
        visit("/import", "Import", "administrator-import");
        visit("/users", "Users", "administrator-users");
        visit("/audit", "Audit", "administrator-audit");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("SIGN_IN");
        refused("/teams");
        refused("/workers/W00001");
    }
}
