package uk.retain.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import uk.retain.support.Zip;

/** An administrator imports a bundle with problems (every one listed, nothing changed), then a good one. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-import;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ImportBrowserTest extends BrowserTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");

    @TempDir
    Path temp;

    @Test
    void anImportWithProblemsListsThemAllAndAGoodOneSucceeds() throws Exception {
        Path broken = Files.createDirectories(temp.resolve("broken"));
        try (var files = Files.list(SMALL)) {
            for (Path file : files.toList()) {
                Files.copy(file, broken.resolve(file.getFileName()));
            }
        }
        Files.writeString(broken.resolve("teams.csv"), "team_id,name,service\nT1,North,child_protection\nT2,South,childcare\n");
        Files.writeString(broken.resolve("employments.csv"), Files.readString(broken.resolve("employments.csv")).replace(",0.4,", ",1.4,"));
        Path brokenZip = Files.write(temp.resolve("broken.zip"), Zip.of(broken));
        Path goodZip = Files.write(temp.resolve("good.zip"), Zip.of(SMALL));

        signIn("administrator");
        page.navigate(url("/import"));
        page.getByLabel("Upload a bundle").setInputFiles(brokenZip);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import bundle")).click();

        assertThat(page.locator(".govuk-error-summary")).containsText("teams.csv:3: service:");
        assertThat(page.locator(".govuk-error-summary")).containsText("employments.csv:5: fte:");
        assertAccessible("the import page with problems");
        screenshot("administrator-import-problems");

        page.getByLabel("Upload a bundle").setInputFiles(goodZip);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import bundle")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/import\\?done.*"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("was imported as version 2");
        assertAccessible("the import page after success");
        screenshot("administrator-import-done");
    }
}
