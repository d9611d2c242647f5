package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import uk.retain.demo.DemoCouncil;
import uk.retain.support.Zip;
import uk.retain.workforce.BundleWriter;

/**
 * An administrator imports a bundle with problems (every one listed, nothing changed); then, after a team manager
 * has accepted a recommendation, the council's bundle exported before it: the check names the allocation made in
 * Retain that the bundle lacks, downloads it for the case management system, and imports only once the
 * administrator ticks that it will be removed. Every step is checked by axe.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-import;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ImportBrowserTest extends BrowserTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");

    @TempDir
    Path temp;

    @Test
    void anImportWithProblemsListsThemAllAndAGoodOneIsCheckedBeforeItUndoesAnAllocationMadeInRetain() throws Exception {
        Path broken = Files.createDirectories(temp.resolve("broken"));
        try (var files = Files.list(SMALL)) {
            for (Path file : files.toList()) {
                Files.copy(file, broken.resolve(file.getFileName()));
            }
        }
        Files.writeString(broken.resolve("teams.csv"), "team_id,name,service\nT1,North,child_protection\nT2,South,childcare\n");
        Files.writeString(broken.resolve("employments.csv"), Files.readString(broken.resolve("employments.csv")).replace(",0.4,", ",1.4,"));
        Path brokenZip = Files.write(temp.resolve("broken.zip"), Zip.of(broken));
        // The council's bundle, exported from its case management system before the team manager allocates.
        Path councilZip = temp.resolve("exampleshire.zip");
        BundleWriter.writeZip(DemoCouncil.demo(), councilZip);

        signIn("administrator");
        page.navigate(url("/import"));
        assertAccessible("the import page");
        page.getByLabel("Upload a bundle").setInputFiles(brokenZip);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check")).click();

        assertThat(page.locator(".govuk-error-summary")).containsText("teams.csv:3: service:");
        assertThat(page.locator(".govuk-error-summary")).containsText("employments.csv:5: fte:");
        assertAccessible("the import page with problems");
        screenshot("administrator-import-problems");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        String caseId = acceptARecommendationAsTheTeamManager();

        signIn("administrator");
        page.navigate(url("/import"));
        assertThat(page.locator("main")).containsText("Retain holds 1 allocation(s) made or ended in Retain since the last import.");
        page.getByLabel("Upload a bundle").setInputFiles(councilZip);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/import/preview/[A-Za-z0-9_-]+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Check what the import will change");
        assertThat(page.locator("table").filter(new Locator.FilterOptions().setHasText("Changes by file"))).containsText("allocations.csv");
        Locator made = page.locator("table").filter(new Locator.FilterOptions().setHasText("Allocations made in Retain that this bundle does not have"));
        assertThat(made.locator("tbody tr")).hasCount(1);
        assertThat(made.locator("tbody tr")).containsText(caseId);
        assertThat(made.locator("tbody tr")).containsText("team.manager");
        assertAccessible("the check of an import that undoes an allocation made in Retain");
        screenshot("administrator-import-check");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download them as allocations.csv for your case management system")).click());
        String csv = Files.readString(download.path());
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("case_id,worker_id,role,start_date,end_date,change_reason")
                .contains(caseId + ",");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import bundle")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Confirm that importing this bundle removes the allocations made in Retain");
        assertAccessible("the check with its confirmation missing");
        screenshot("administrator-import-check-unconfirmed");

        page.getByLabel(java.util.regex.Pattern.compile("I understand that importing this bundle removes")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import bundle")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/import\\?done.*"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("was imported as version");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("1 allocation(s) made in Retain that the bundle did not have were removed.");
        assertAccessible("the import page after success");
        screenshot("administrator-import-done");
    }

    /** Signs in as the demo's team manager, accepts the first recommendation for their team's queue, signs out. */
    private String acceptARecommendationAsTheTeamManager() {
        signIn("team.manager");
        page.locator("tbody a").first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Caseloads against capacity")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recommend workers for the unallocated queue")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recommend workers for the unallocated queue")).click();
        // The queue lists each recommendation with a box to tick; the first is accepted on its own.
        Locator select = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Select case "))).first();
        String caseId = select.getAttribute("value");
        select.check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept selected")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Case " + caseId + " is allocated to ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        return caseId;
    }
}
