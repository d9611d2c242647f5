package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The reports page and a report in a real browser on the demo council, and the dashboard's statistical neighbours:
 * a director lists both reports, opens the members' report, downloads it as PDF and as a spreadsheet; every page
 * passes axe. HR is refused.
 */
class ReportsBrowserTest extends BrowserTest {

    @Test
    void aDirectorOpensAndDownloadsTheMembersReport() throws Exception {
        signIn("senior.leader");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Reports");
        assertThat(page.locator("#report-members")).containsText("Members' report");
        assertThat(page.locator("#report-ofsted")).containsText("Ofsted pack");
        assertAccessible("the reports page");
        screenshot("reports");

        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("PDF of the Members' report")).click());
        assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Download xlsx = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Spreadsheet of the Ofsted pack")).click());
        assertThat(xlsx.suggestedFilename()).isEqualTo(xlsx.suggestedFilename().replace(".xlsx", "") + ".xlsx").startsWith("ofsted-999-");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members' report").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Members' report");
        assertThat(page.locator("#headline")).containsText("Turnover rate (%, FTE)");
        assertThat(page.locator("#neighbours")).containsText("Oxfordshire");
        assertAccessible("the members' report");
        screenshot("report-members");
    }

    @Test
    void theDashboardShowsTheStatisticalNeighbours() {
        signIn("senior.leader");
        page.navigate(url("/dashboard"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Statistical neighbours"))).isVisible();
        assertThat(page.locator("#neighbours-who")).containsText("Oxfordshire");
        assertThat(page.locator("#neighbours-turnover_rate_fte")).containsText(" of 11");
        assertAccessible("the dashboard with its statistical neighbours");
        screenshot("dashboard-neighbours");
    }

    @Test
    void hrIsRefused() {
        signIn("hr.officer");
        page.navigate(url("/reports"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("You do not have access to this page");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports").setExact(true))).hasCount(0);
    }
}
