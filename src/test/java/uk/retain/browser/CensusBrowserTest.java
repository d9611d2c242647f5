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
 * schema, and a wrong year is an error on its field; HR starts a bundle from last year's return; every state passes axe.
 * A senior leader is refused.
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
    void hrStartsABundleFromLastYearsReturn() throws Exception {
        java.nio.file.Path xml = Files.createTempFile("census-999-", ".xml");
        Files.write(xml, CensusXml.write(uk.retain.census.CensusReturns.of(uk.retain.demo.DemoCouncil.demo(),
                uk.retain.workforce.CensusYear.of(2025), java.time.Instant.parse("2025-10-20T10:00:00Z"))));
        signIn("hr.officer");
        navigate("Census return");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start from last year's census return")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Start from last year's census return");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the return")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select a census return (XML) to upload");
        assertAccessible("the census start page with an error");
        screenshot("hr-census-start-error");

        page.getByLabel("Census return (XML)").setInputFiles(xml);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the return")).click();
        assertThat(page.getByText("Workers in the bundle")).isVisible();
        assertThat(page.getByText("already has a register in Retain")).isVisible();
        assertAccessible("the census start page with what was found");
        screenshot("hr-census-start");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the starting bundle (zip)")).click());
        uk.retain.workforce.Register bundle = uk.retain.workforce.Bundles.readZip("bundle.zip", Files.readAllBytes(download.path()));
        assertThat(bundle.authority().laCode()).isEqualTo("999");
        assertThat(bundle.workers()).hasSizeGreaterThan(100);

        // The liia-tools sample as this council's (SW numbers, LEA 999): what is left out, and the schema's errors by record.
        java.nio.file.Path sample = Files.createTempFile("sample-", ".xml");
        try (java.io.InputStream in = getClass().getResourceAsStream("/census/dfe-csww-census-sample-return-2022_liia-tools.xml")) {
            Files.writeString(sample, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("<SWENo>[A-Za-z]{2}", "<SWENo>SW").replace("<LEA>301</LEA>", "<LEA>999</LEA>"));
        }
        page.getByLabel("Census return (XML)").setInputFiles(sample);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the return")).click();
        assertThat(page.getByText("Records and values left out or given a default (28)")).isVisible();
        assertThat(page.getByText("Schema errors (12)")).isVisible();
        assertAccessible("the census start page with records left out and schema errors");
        screenshot("hr-census-start-sample");
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
