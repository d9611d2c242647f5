package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The early-career programme pages in the demo council, for every role that may see them, checked by axe and
 * photographed; and refused to the roles that may not.
 */
class ProgrammesBrowserTest extends BrowserTest {

    private void check(String heading, String screenshot) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(heading);
        assertAccessible(screenshot);
        screenshot(screenshot);
    }

    private void visit(String path, String heading, String screenshot) {
        page.navigate(url(path));
        check(heading, screenshot);
    }

    private void refused(String path) {
        page.navigate(url(path));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Pattern.compile("You do not have access to this page|Page not found"));
        assertAccessible("refusal of " + path);
    }

    private Locator places() {
        return page.locator("table").filter(new Locator.FilterOptions().setHasText("Places on"));
    }

    /** The cohorts, then the first running place's programme, then the worker page that summarises it. */
    private void cohortsThenAPlace(String who) {
        visit("/programmes", "Early-career programmes", who + "-programmes");
        assertThat(page.locator("table").filter(new Locator.FilterOptions().setHasText("Cohorts on")).locator("tbody tr").first())
                .containsText("ASYE");
        Locator running = places().locator("tbody tr").filter(new Locator.FilterOptions().setHasText("On track")).first();
        String name = running.locator("a").first().textContent().strip();
        running.locator("a").first().click();
        check("Early-career programme: " + name, who + "-programme");
        assertThat(page.locator("table").filter(new Locator.FilterOptions().setHasText("Reviews of the ASYE place")).first())
                .containsText("3-month review");
        String programme = page.url();
        page.navigate(programme.replaceFirst("/programme(\\?.*)?$", ""));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Early-career programme"))).isVisible();
        assertAccessible(who + "-worker-with-programme");
    }

    @Test
    void workforceLeadSeesTheCohortsAndEachPlace() {
        signIn("workforce.lead");
        cohortsThenAPlace("workforce-lead");
    }

    @Test
    void teamManagerSeesTheirTeamsCohorts() {
        signIn("team.manager");
        visit("/programmes", "Early-career programmes", "team-manager-programmes");
        assertThat(page.getByText("among the workers in your teams")).isVisible();
        // The demo manager's team has had no one in an early-career programme: a worker of the team's programme page
        // says so.
        page.navigate(url("/teams"));
        page.locator("tbody a").first().click();
        page.locator("tbody a[href^='/workers/']").first().click();
        String worker = page.url().replaceFirst("\\?.*$", "");
        visit(worker.substring(worker.indexOf("/workers/")) + "/programme", "Early-career programme:", "team-manager-programme");
        refused("/my-programme");
    }

    @Test
    void hrSeesTheCohortsAndEachPlace() {
        signIn("hr.officer");
        cohortsThenAPlace("hr");
    }

    @Test
    void seniorLeaderSeesCountsOnly() {
        signIn("senior.leader");
        visit("/programmes", "Early-career programmes", "senior-leader-programmes");
        assertThat(places()).hasCount(0);
        assertThat(page.getByText("counts only")).isVisible();
        refused("/programmes/places.csv");
    }

    @Test
    void socialWorkerSeesTheirOwnProgramme() {
        signIn("social.worker");
        visit("/my-programme", "My early-career programme", "social-worker-my-programme");
        refused("/programmes");
    }

    @Test
    void regionalAnalystAndAdministratorSeeNoProgramme() {
        signIn("regional.analyst");
        refused("/programmes");
        refused("/my-programme");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        signIn("administrator");
        refused("/programmes");
    }
}
