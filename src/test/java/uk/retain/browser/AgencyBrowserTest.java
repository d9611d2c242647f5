package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The recruitment and agency pages in the demo council, with axe on every one: HR records an engagement over the
 * price cap (checked, refused without an approver, then saved with one) and sees it in the breaches report; the
 * engagements, price caps (with the London example data labelled), spend and mix pages; the recruitment page for HR
 * and for a team manager, who sees no candidates; a senior leader sees the figures but no form.
 */
class AgencyBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    /** The browser tests share the demo council: leave it as it was. */
    @AfterEach
    void forgetRecordedEngagements() {
        jdbc.update("delete from agency_engagement_recorded");
    }

    private void heading(String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(text);
    }

    @Test
    void hrRecordsAnEngagementOverTheCapWithApprovalAndSeesItInTheBreachesReport() {
        signIn("hr.officer");
        page.navigate(url("/agency/record"));
        heading("Record an agency engagement");
        assertAccessible("the agency engagement form");
        screenshot("hr-record-agency-engagement");

        LocalDate today = today();
        page.locator("#worker").selectOption(page.locator("#worker option").nth(1).getAttribute("value"));
        page.getByLabel("Agency", new Page.GetByLabelOptions().setExact(true)).fill("Castlegate Locums");
        page.getByLabel("Social worker", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#startDate-day").fill("" + today.getDayOfMonth());
        page.locator("#startDate-month").fill("" + today.getMonthValue());
        page.locator("#startDate-year").fill("" + today.getYear());
        page.getByLabel("Hourly pay in pounds").fill("99.00");
        page.getByLabel("Hourly charge in pounds").fill("120.00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check against the rules")).click();
        assertThat(page.locator("#check-over_price_cap")).containsText("Fails");
        assertThat(page.locator("#check-notice_over_4_weeks")).containsText("Passes");
        assertAccessible("the agency engagement form, checked");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record engagement")).click();
        assertThat(page).hasTitle(Pattern.compile("^Error: Record an agency engagement"));
        assertThat(page.locator("#approvedBy-error")).containsText("enter who approved going ahead");
        assertAccessible("the agency engagement form with errors");
        screenshot("hr-record-agency-engagement-error");

        page.getByLabel("Approved by").fill("Director of Children's Services and Chief Executive");
        page.getByLabel("Reason for going ahead").fill("Court work that cannot wait");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record engagement")).click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Pay over the regional price cap");

        page.navigate(url("/agency/breaches"));
        heading("Breaches of the agency rules");
        assertThat(page.locator("#approved-table")).containsText("Court work that cannot wait");
        assertThat(page.locator("#unapproved-table")).isVisible();
        assertAccessible("the breaches report");
        screenshot("hr-agency-breaches");
    }

    @Test
    void theEngagementsCapsAndSpendPagesShowTheDemoCouncil() {
        signIn("hr.officer");
        page.navigate(url("/agency"));
        heading("Agency engagements");
        assertThat(page.locator("#engagements tbody tr").first()).isVisible();
        assertAccessible("the agency engagements");

        // Every engagement of the demo's history: more than a page, so paged, the choice kept from page to page.
        page.navigate(url("/agency?show=all"));
        assertThat(page.locator("#engagements tbody tr")).hasCount(50);
        page.locator(".govuk-pagination__next a").click();
        assertThat(page).hasURL(Pattern.compile(".*page=2.*"));
        assertThat(page).hasURL(Pattern.compile(".*show=all.*"));
        assertThat(page.locator(".govuk-pagination__item--current")).hasText("2");
        assertThat(page.locator("#engagements tbody tr").first()).isVisible();
        assertAccessible("the second page of every agency engagement");

        page.navigate(url("/agency/caps"));
        heading("Agency price caps");
        assertThat(page.locator(".govuk-warning-text")).containsText("example figures for the demo only");
        assertThat(page.locator("#london-2016")).containsText("£42.00");
        assertAccessible("the price caps with the London example data");

        page.navigate(url("/agency/spend"));
        heading("Agency spend and the workforce mix");
        assertThat(page.locator("#agency-spend-by-job-type svg")).isVisible();
        assertThat(page.locator("#agency-spend-projection svg")).isVisible();
        assertThat(page.locator("#mix-status")).containsText("points behind");
        assertThat(page.locator("#conversions-table tbody tr").first()).isVisible();
        assertAccessible("agency spend, projection, mix and conversions");
        screenshot("hr-agency-spend");
    }

    @Test
    void aSeniorLeaderSeesTheFiguresButNoForm() {
        signIn("senior.leader");
        page.navigate(url("/agency/spend"));
        heading("Agency spend and the workforce mix");
        assertThat(page.locator("#target-on")).hasCount(0);
        assertThat(page.locator("#conversions-table")).hasCount(0);
        assertAccessible("agency spend for a senior leader");
    }

    @Test
    void recruitmentForHrAndForATeamManager() {
        signIn("hr.officer");
        page.navigate(url("/recruitment"));
        heading("Recruitment");
        assertThat(page.locator("#vacancies-table tbody tr").first()).isVisible();
        assertThat(page.locator("#sources-table")).containsText("Job board");
        assertAccessible("the recruitment page for HR");
        screenshot("hr-recruitment");

        context.clearCookies();
        signIn("team.manager");
        page.navigate(url("/recruitment"));
        heading("Recruitment");
        assertThat(page.locator("#candidates-table")).hasCount(0);
        assertAccessible("the recruitment page for a team manager");
    }
}
