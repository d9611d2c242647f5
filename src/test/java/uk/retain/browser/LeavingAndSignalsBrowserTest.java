package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The leaving and staying pages and the risk signals in the demo council, with axe on every page: why people left
 * and the stability index for a senior leader; an HR officer records an exit interview, with errors first; the staff
 * survey team by team with small teams suppressed; the risk signals of a team manager's workers and the counts by
 * team, with no names, for a senior leader, who cannot open the named list.
 */
class LeavingAndSignalsBrowserTest extends BrowserTest {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    JdbcTemplate jdbc;

    private String interviews;

    /** The browser tests share the demo council: an interview recorded here is taken out again afterwards. */
    @BeforeEach
    void keepInterviews() {
        interviews = jdbc.queryForObject("select content from capability_file where la_code = '999' and file_name = 'leaving_interviews.csv'", String.class);
    }

    @AfterEach
    void restoreInterviews() {
        if (jdbc.update("delete from capability_row_recorded") > 0) {
            jdbc.update("update capability_file set content = ? where la_code = '999' and file_name = 'leaving_interviews.csv'", interviews);
            jdbc.update("update authority set import_version = import_version + 1 where la_code = '999'");
        }
    }

    private void heading(String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text);
    }

    @Test
    void aSeniorLeaderSeesWhyPeopleLeftAndHowStableTeamsAre() {
        signIn("senior.leader");
        navigate("Leaving");
        heading("Why people left");
        assertThat(page.locator("#by-main-reason tbody tr").first()).isVisible();
        assertThat(page.locator("#stability svg")).isVisible();
        assertThat(page.locator("#stability-by-team tbody tr")).hasCount(17);
        assertThat(page.locator("main")).not().containsText("Record an exit interview");
        assertAccessible("why people left, for a senior leader");
        screenshot("senior-leader-leaving");

        page.locator("#from").fill("2025-11-01");
        page.locator("#to").fill("2026-10-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show leavers")).click();
        assertThat(page.locator("main")).containsText("Leavers from 1 November 2025 to 31 October 2026");
        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(page.locator("#leavers-count").textContent().strip())).isPositive();
        assertAccessible("why people left in a chosen period");
    }

    @Test
    void anHrOfficerRecordsAnExitInterviewWithAnErrorFirst() {
        signIn("hr.officer");
        navigate("Record an exit interview");
        heading("Record an exit interview");
        assertAccessible("the exit interview form");
        screenshot("hr-record-exit-interview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the interview")).click();
        assertThat(page).hasTitle(Pattern.compile("^Error: Record an exit interview"));
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the leaver");
        assertThat(page.locator("#mainReason-error")).containsText("Select the main reason for leaving");
        assertAccessible("the exit interview form with errors");
        screenshot("hr-record-exit-interview-errors");

        // A leaver who leaves on or before today, a month before their leaving: never a day the demo interviewed them.
        Locator options = page.locator("#worker option");
        String chosen = null;
        LocalDate held = null;
        for (int i = 1; i < options.count() && chosen == null; i++) {
            Matcher leaves = Pattern.compile("\\((.*)\\)$").matcher(options.nth(i).textContent());
            if (leaves.find()) {
                LocalDate leaving = LocalDate.parse(leaves.group(1), WRITTEN);
                if (!leaving.isAfter(today())) {
                    chosen = options.nth(i).getAttribute("value");
                    held = leaving.minusDays(30);
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(chosen).as("a leaver to interview").isNotNull();
        page.locator("#worker").selectOption(chosen);
        page.getByLabel("Day").fill("" + held.getDayOfMonth());
        page.getByLabel("Month").fill("" + held.getMonthValue());
        page.getByLabel("Year").fill("" + held.getYear());
        page.locator("#mainReason").check(); // the first, caseload
        page.locator("#otherReasons-management").check();
        page.locator("#wouldReturn-1").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the interview")).click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("recorded");
        assertThat(page.locator("#recorded-interviews tbody tr")).hasCount(1);
        assertThat(page.locator("#recorded-interviews tbody tr").first()).containsText(held.format(WRITTEN));
        assertAccessible("the exit interview form after an interview is recorded");
        screenshot("hr-record-exit-interview-done");
    }

    @Test
    void theStaffSurveyShowsEachTeamWithSmallGroupsSuppressed() {
        for (String user : List.of("team.manager", "senior.leader")) {
            signIn(user);
            navigate("Staff survey");
            heading("Staff survey");
            assertThat(page.locator("#by-question tbody tr").first()).isVisible();
            assertThat(page.locator("#by-team tbody tr")).hasCount(18);
            assertAccessible("the staff survey for " + user);
        }
        screenshot("senior-leader-staff-survey");
        page.getByLabel("Question by team").selectOption("workload_manageable");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show results")).click();
        assertThat(page.locator("#by-team caption")).containsText("My workload is manageable");
        assertThat(page.locator("#intention")).isVisible();
        assertAccessible("the staff survey, one question by team, with intention to stay against leaving");
    }

    @Test
    void riskSignalsForTheManagerAndCountsWithoutNamesForASeniorLeader() {
        signIn("team.manager");
        navigate("Risk signals");
        heading("Risk signals");
        assertThat(page.locator("#signal-kinds")).containsText("Time at level past the pathway minimum");
        assertThat(page.locator("#signal-kinds")).not().containsText("Not yet available");
        assertAccessible("risk signals of a team manager's workers");
        screenshot("team-manager-risk-signals");

        signIn("senior.leader");
        navigate("Risk signals by team");
        heading("Risk signals by team");
        assertThat(page.locator("#team-signals tbody tr")).hasCount(18);
        assertThat(page.locator("#team-signals a")).hasCount(0);
        assertAccessible("risk signals by team for a senior leader");
        screenshot("senior-leader-risk-signals-by-team");
        page.navigate(url("/signals"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("You do not have access to this page");

        signIn("workforce.lead");
        page.navigate(url("/signals"));
        heading("Risk signals");
        org.assertj.core.api.Assertions.assertThat(page.locator("#worker-signals tbody tr").count()).isPositive();
        assertAccessible("risk signals of the authority's workers for the principal social worker");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where subject_type = 'risk_signals' and username = 'workforce.lead'", Integer.class)).isPositive();
    }
}
