package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import uk.retain.web.Days;

/**
 * Recording supervision and reading it back in the demo council, with axe on every page: the team manager's form
 * with an error, then recorded, the session on the worker's page at once; the social worker's own record; the
 * worker page's short supervision list for the workforce lead and HR.
 */
class SupervisionRecordingBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    /** The browser tests share the demo council: leave it as it was, so an import test finds nothing recorded. */
    @AfterEach
    void forgetRecordedSessions() {
        if (jdbc.update("delete from supervision where recorded_by is not null") > 0) {
            jdbc.update("update authority set import_version = import_version + 1");
        }
    }

    private void heading(String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(text);
    }

    @Test
    void aTeamManagerRecordsASessionWithAnErrorFirstAndSeesItOnTheWorkersPage() {
        signIn("team.manager");
        page.navigate(url("/teams"));
        page.locator("tbody a").first().click();
        page.locator("tbody a").first().click();
        String workerPage = page.url().replaceAll("\\?.*", "");
        String workerId = workerPage.substring(workerPage.lastIndexOf('/') + 1);
        assertThat(page.locator("#supervision")).isVisible();
        assertAccessible("a worker's page with its supervision, for their team manager");

        navigate("Record supervision");
        heading("Record a supervision session");
        assertAccessible("the supervision recording form");
        screenshot("team-manager-record-supervision");

        LocalDate today = today();
        page.getByLabel("Supervisee").selectOption(workerId);
        page.getByLabel("Day").fill("" + today.getDayOfMonth());
        page.getByLabel("Month").fill("" + today.getMonthValue());
        page.getByLabel("Year").fill("" + today.getYear());
        page.getByLabel("One-to-one").check();
        page.getByLabel("Length in minutes").fill("0");
        page.getByLabel("Cases discussed").fill("3");
        Locator supervisor = page.locator("#supervisor");
        if (supervisor.count() > 0) {
            // The demo's manager account names no worker of its own: choose someone else as the supervisor.
            String other = supervisor.locator("option").nth(1).getAttribute("value").equals(workerId)
                    ? supervisor.locator("option").nth(2).getAttribute("value") : supervisor.locator("option").nth(1).getAttribute("value");
            supervisor.selectOption(new SelectOption().setValue(other));
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record session")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The length must be from 1 to 480 minutes");
        assertThat(page.locator("#minutes-error")).containsText("The length must be from 1 to 480 minutes");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: Record a supervision session"));
        assertAccessible("the supervision recording form with an error");
        screenshot("team-manager-record-supervision-error");

        page.getByLabel("Length in minutes").fill("90");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record session")).click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("One-to-one session of 90 minutes with");
        assertAccessible("the supervision recording form after a session is recorded");
        screenshot("team-manager-record-supervision-done");

        page.locator(".govuk-notification-banner__link").click();
        assertThat(page.locator("#supervision tbody tr").first()).containsText(Days.written(today));
        assertThat(page.locator("main")).containsText("Next supervision due by");
        assertAccessible("the worker's page after a session is recorded");
        screenshot("team-manager-worker-supervision");
    }

    @Test
    void aSocialWorkerReadsTheirOwnRecordAndNextDate() {
        signIn("social.worker");
        navigate("My supervision");
        heading("My supervision");
        assertThat(page.locator("main")).containsText("Next supervision due by");
        assertThat(page.locator("main")).containsText("Rule used");
        org.assertj.core.api.Assertions.assertThat(page.locator("#supervision tbody tr").count()).isBetween(1, 10);
        assertAccessible("a social worker's own supervision record");
        screenshot("social-worker-my-supervision");
        if (page.locator(".govuk-pagination__next a").count() > 0) {
            page.locator(".govuk-pagination__next a").click();
            heading("My supervision");
            assertAccessible("the second page of a social worker's supervision sessions");
        }
        page.navigate(url("/supervision/record"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("You do not have access to this page");
    }

    @Test
    void theWorkforceLeadAndHrSeeTheShortListAndTheNextDate() {
        for (String user : new String[] {"workforce.lead", "hr.officer"}) {
            signIn(user);
            page.navigate(url("/teams"));
            page.locator("tbody a").first().click();
            page.locator("tbody a").first().click();
            assertThat(page.locator("main")).containsText("Next supervision due by");
            org.assertj.core.api.Assertions.assertThat(page.locator("#supervision tbody tr").count()).isBetween(1, 10);
            assertAccessible("a worker's page with its supervision, for " + user);
            screenshot(user.replace('.', '-') + "-worker-supervision");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        }
    }
}
