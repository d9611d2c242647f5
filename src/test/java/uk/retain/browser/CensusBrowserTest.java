package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import uk.retain.census.CensusXml;

/**
 * The census page in a real browser on the demo council: HR checks the return, downloads an XML that passes the
 * schema, and a wrong year is an error on its field; every state passes axe. A senior leader is refused.
 */
class CensusBrowserTest extends BrowserTest {

    @Test
    void hrDownloadsTheDemoCouncilsReturn() throws Exception {
        signIn("hr.officer");
        navigate("Census return");
        page.getByLabel("Census year").fill("2025");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the return")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Census return");
        assertThat(page.getByText("The return for 30 September 2025")).isVisible();
        assertThat(page.getByText("Pre-submission checks")).isVisible();
        assertAccessible("the census page");
        screenshot("hr-census");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the return (XML)")).click());
        byte[] xml = Files.readAllBytes(download.path());
        assertThat(CensusXml.validate(xml)).isEmpty();
        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).contains("<LEA>999</LEA>", "<ReferenceDate>2025-09-30</ReferenceDate>");

        page.getByLabel("Census year").fill("20x5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the return")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a census year as 4 digits");
        assertAccessible("the census page with an error");
        screenshot("hr-census-error");
    }

    @Test
    void aSeniorLeaderIsRefused() {
        signIn("senior.leader");
        page.navigate(url("/census"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("You do not have access to this page");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Census return"))).hasCount(0);
    }
}
