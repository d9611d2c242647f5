package uk.retain.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.FlashMap;

import uk.retain.people.Role;
import uk.retain.support.SignedInAs;
import uk.retain.support.Zip;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.InvalidBundleException;
import uk.retain.workforce.Problem;
import uk.retain.workforce.Team;
import uk.retain.support.Html;

/** /import: the administrator's upload, refused whole with every problem listed, or imported and summarised. */
class ImportPageTest extends WorkforcePageTest {

    private static final RequestPostProcessor ADMIN = SignedInAs.role(Role.ADMINISTRATOR);

    @TempDir
    Path temp;

    private long versionBefore;

    @BeforeEach
    void version() {
        versionBefore = registers.find("999").orElseThrow().version();
    }

    @Test
    void theFormUploadsAZipWithACsrfToken() throws Exception {
        String html = page("/import", ADMIN);

        assertThat(html).contains("enctype=\"multipart/form-data\"", "class=\"govuk-file-upload\"", "name=\"bundle\"",
                "type=\"file\"", "name=\"_csrf\"").doesNotContain("govuk-error-summary", "govuk-notification-banner");
    }

    @Test
    void onlyAnAdministratorMayImport() throws Exception {
        RequestPostProcessor hr = SignedInAs.role(Role.HR);
        mvc.perform(get("/import").with(hr)).andExpect(status().isForbidden());
        mvc.perform(multipart("/import").file(zip("small.zip", SMALL)).with(csrf()).with(hr)).andExpect(status().isForbidden());
        mvc.perform(multipart("/import").file(zip("small.zip", SMALL)).with(ADMIN)).andExpect(status().isForbidden());
        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(versionBefore);
    }

    @Test
    void aBundleWithProblemsIsRefusedWholeWithEveryProblemListed() throws Exception {
        Path broken = copyOfSmall();
        replace(broken.resolve("teams.csv"), "T1,North CP,child_protection", "T1,North CP,child_protectio");
        replace(broken.resolve("workers.csv"), "W3,SW3,", "W3,XX3,");
        replace(broken.resolve("employments.csv"), "TM1,permanent,team_manager,T1,P4,1,", "TM1,permanent,team_manager,T1,P4,1.5,");
        replace(broken.resolve("cases.csv"), "K5,C005,,assessment,false,2025-09-20,", "K5,C005,,assessment,maybe,2025-09-20,");
        List<Problem> expected = problemsOf(broken);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(4);

        String html = mvc.perform(multipart("/import").file(zip("broken.zip", broken)).with(csrf()).with(ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        String summary = html.substring(html.indexOf("govuk-error-summary"), html.indexOf("<h1"));
        List<String> listed = Stream.of(summary.split("<li>")).skip(1).map(Html::text).toList();
        assertThat(listed).containsExactlyElementsOf(expected.stream().map(Problem::toString).toList());
        assertThat(listed).anySatisfy(line -> assertThat(line).startsWith("teams.csv:2: service: "))
                .anySatisfy(line -> assertThat(line).startsWith("workers.csv:4: swe_number: "))
                .anySatisfy(line -> assertThat(line).startsWith("employments.csv:8: fte: "))
                .anySatisfy(line -> assertThat(line).startsWith("cases.csv:6: court_proceedings: "));
        assertThat(Html.text(summary)).contains("The bundle has " + expected.size() + " problem(s). Nothing was imported.");
        assertThat(html).contains("govuk-form-group--error", "id=\"bundle-error\"");

        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(versionBefore);
        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("username", "administrator").containsEntry("action", "IMPORT")
                .containsEntry("subject_type", "bundle").containsEntry("subject_id", "broken.zip")
                .containsEntry("detail", "refused: " + expected.size() + " problem(s)"));
    }

    @Test
    void aFileThatIsNotAZipIsAProblemToo() throws Exception {
        MockMultipartFile text = new MockMultipartFile("bundle", "teams.csv", "text/csv", "team_id,name\n".getBytes(StandardCharsets.UTF_8));

        String html = mvc.perform(multipart("/import").file(text).with(csrf()).with(ADMIN))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(Html.text(html)).contains("teams.csv:0: -: not a .zip file, or an empty one");
        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(versionBefore);
    }

    @Test
    void submittingWithoutAFileAsksForOne() throws Exception {
        String html = mvc.perform(multipart("/import").with(csrf()).with(ADMIN))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("<a href=\"#bundle\">Select a bundle (.zip file) to import</a>");
        assertThat(audited()).isEmpty();
    }

    @Test
    void aBundleForAnotherAuthorityIsRefused() throws Exception {
        Path other = copyOfSmall();
        Files.writeString(other.resolve("authority.csv"), "la_code,name,region_code\n998,Otherton,E12000006\n");

        String html = mvc.perform(multipart("/import").file(zip("otherton.zip", other)).with(csrf()).with(ADMIN))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(Html.text(html)).contains("This bundle is for authority 998, but you administer authority 999. Nothing was imported");
        assertThat(registers.find("998")).isEmpty();
        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(versionBefore);
        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("action", "IMPORT").containsEntry("detail", "refused: for authority 998"));
    }

    @Test
    void anAcceptedBundleReplacesTheRegisterAndRedirectsToItsSummary() throws Exception {
        Path renamed = copyOfSmall();
        replace(renamed.resolve("teams.csv"), "T1,North CP,", "T1,North Child Protection,");

        FlashMap flashed = mvc.perform(multipart("/import").file(zip("exampleshire.zip", renamed)).with(csrf()).with(ADMIN))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/import?done"))
                .andExpect(flash().attributeExists("summary"))
                .andReturn().getFlashMap();

        long version = registers.find("999").orElseThrow().version();
        assertThat(version).isGreaterThan(versionBefore);
        assertThat(registers.find("999").orElseThrow().register().teams()).extracting(Team::name)
                .contains("North Child Protection");

        String html = mvc.perform(get("/import?done").flashAttrs(flashed).with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("govuk-notification-banner--success")
                .contains("The bundle for Exampleshire (999) was imported as version " + version + ".");
        assertThat(Html.summary(html)).containsEntry("Authority", "Exampleshire (999)").containsEntry("Version", Long.toString(version));
        assertThat(Html.table(html, "Rows imported")).containsExactly(
                List.of("authority.csv", "1"), List.of("teams.csv", "2"), List.of("workers.csv", "5"),
                List.of("employments.csv", "7"), List.of("posts.csv", "5"), List.of("absences.csv", "4"),
                List.of("cases.csv", "5"), List.of("allocations.csv", "9"), List.of("supervisions.csv", "4"));

        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("action", "IMPORT").containsEntry("subject_id", "exampleshire.zip")
                .containsEntry("detail", "version " + version));
    }

    @Test
    void reloadingTheSuccessPageShowsTheRegisterAsItStands() throws Exception {
        String html = page("/import?done", ADMIN);

        assertThat(html).contains("The bundle for Exampleshire (999) was imported as version " + versionBefore + ".");
    }

    private Path copyOfSmall() throws IOException {
        Path copy = Files.createDirectories(temp.resolve("bundle-" + System.nanoTime()));
        try (Stream<Path> files = Files.list(SMALL)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static MockMultipartFile zip(String name, Path folder) {
        return new MockMultipartFile("bundle", name, "application/zip", Zip.of(folder));
    }

    private static List<Problem> problemsOf(Path folder) {
        InvalidBundleException refused = (InvalidBundleException) catchThrowable(() -> Bundles.readZip("broken.zip", Zip.of(folder)));
        assertThat(refused).isNotNull();
        return refused.problems();
    }
}
