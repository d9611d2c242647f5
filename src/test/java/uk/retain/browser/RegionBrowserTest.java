package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The regional analyst's page on the demo: the region's councils side by side, the demo council from Retain; axe-checked. */
class RegionBrowserTest extends BrowserTest {

    @Test
    void theRegionalAnalystSeesTheRegionsCouncilsSideBySide() {
        signIn("regional.analyst");
        navigate("Region");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Councils of the region");
        Locator demo = page.locator("#region-table tbody tr").filter(new Locator.FilterOptions().setHasText("Exampleshire"));
        assertThat(demo).hasCount(1);
        assertThat(demo).containsText("Retain");
        assertThat(page.locator("#region-table tbody tr").filter(new Locator.FilterOptions().setHasText("DfE published")).first()).isVisible();
        assertThat(page.locator("#region-table")).containsText("England");
        assertAccessible("the region's councils");
        screenshot("regional-analyst-region");

        assertThat(page.locator("#region-table caption")).containsText("30 September 2025");

        // The demo's own census day of 2026, before DfE publishes it: the councils on Retain alone.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2026").setExact(true)).click();
        assertThat(page.locator("#region-table caption")).containsText("30 September 2026");
        assertThat(page.locator("main")).containsText("has not published 2026 yet");
        assertThat(page.locator("#region-table tbody tr")).hasCount(1);
        assertAccessible("the region's councils in 2026");
    }

    @Test
    void theCouncilsRegionalReturnPageIsAccessible() {
        signIn("hr.officer");
        page.navigate(url("/regional-return"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Regional return");
        assertAccessible("the council's regional return");
    }

    @Test
    void theHubsReturnsAndAgencyChecksAreAccessible() {
        signIn("regional.analyst");
        page.navigate(url("/region/returns"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Regional returns");
        assertAccessible("the hub's regional returns");

        page.navigate(url("/region/agency-checks"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Cross-border agency checks");
        assertAccessible("the cross-border agency checks");
    }
}
