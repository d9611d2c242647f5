package uk.retain.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.mock.web.MockHttpSession;
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
    void theFormUploadsAZipWithACsrfTokenAndOffersTheAllocationsMadeInRetain() throws Exception {
        String html = page("/import", ADMIN);

        assertThat(html).contains("enctype=\"multipart/form-data\"", "class=\"govuk-file-upload\"", "name=\"bundle\"",
                "type=\"file\"", "name=\"_csrf\"").doesNotContain("govuk-error-summary", "govuk-notification-banner");
        assertThat(html).contains("action=\"/import/allocations.csv\"", "method=\"get\"", "id=\"since\"");
        assertThat(Html.text(html)).contains("Retain holds 0 allocation(s) made or ended in Retain since the last import.");
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
    void anAcceptedBundleIsCheckedThenImportedOnConfirmationAndRedirectsToItsSummary() throws Exception {
        Path renamed = copyOfSmall();
        replace(renamed.resolve("teams.csv"), "T1,North CP,", "T1,North Child Protection,");

        String check = upload(zip("exampleshire.zip", renamed));
        String html0 = page(check, ADMIN);
        assertThat(registers.find("999").orElseThrow().version()).as("a check writes nothing").isEqualTo(versionBefore);
        assertThat(audited()).as("nor audits: nothing was imported or refused").isEmpty();
        assertThat(Html.text(html0)).contains("Check what the import will change", "Bundle exampleshire.zip for Exampleshire (999).")
                .doesNotContain("Allocations made in Retain that this bundle does not have");
        assertThat(Html.table(html0, "Changes by file")).contains(
                List.of("teams.csv", "2", "2", "0", "0", "1", "team_id"),
                List.of("employments.csv", "7", "7", "0", "0", "0", "worker_id, start_date, contract"),
                List.of("allocations.csv", "9", "9", "0", "0", "0", "case_id, worker_id, role, start_date"));
        assertThat(html0).doesNotContain("name=\"replaceRetainAllocations\"");

        FlashMap flashed = mvc.perform(post(check).with(csrf()).with(ADMIN))
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

    @Test
    void anImportNamesTheAllocationsMadeInRetainItWouldUndoAndNeedsThemConfirmed() throws Exception {
        // Issue 20: a team manager accepts a recommendation; the council's bundle, exported before, lacks it.
        RequestPostProcessor manager = SignedInAs.role(Role.TEAM_MANAGER, java.util.Set.of("T1"), null);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/teams/T1/recommendations").with(csrf()).with(manager).session(session));
        mvc.perform(post("/teams/T1/recommendations/accept").param("case", "K5").with(csrf()).with(manager).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));
        var k5 = registers.find("999").orElseThrow().register().allocations().stream()
                .filter(a -> a.caseId().equals("K5")).findFirst().orElseThrow();
        String worker = registers.find("999").orElseThrow().register().workers().stream()
                .filter(w -> w.workerId().equals(k5.workerId())).map(w -> w.givenName() + " " + w.familyName()).findFirst().orElseThrow();
        long allocated = registers.find("999").orElseThrow().version();
        assertThat(Html.text(page("/import", ADMIN))).contains("Retain holds 1 allocation(s) made or ended in Retain since the last import.");

        String check = upload(zip("council.zip", SMALL));
        String html = page(check, ADMIN);

        assertThat(Html.text(html)).contains("Importing this bundle removes 1 allocation(s) made in Retain since the last import.");
        assertThat(Html.table(html, "Allocations made in Retain that this bundle does not have")).singleElement().satisfies(row -> {
            assertThat(row.subList(0, 5)).containsExactly(worker + " (" + k5.workerId() + ")", "K5", "Primary worker",
                    uk.retain.web.Days.written(k5.startDate()), "team_manager");
            assertThat(row.get(5)).startsWith(uk.retain.web.Days.written(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))) + " at ");
        });
        assertThat(Html.table(html, "Changes by file")).contains(List.of("allocations.csv", "10", "9", "0", "1", "0",
                "case_id, worker_id, role, start_date"));
        assertThat(html).contains("href=\"/import/allocations.csv?since=" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")) + "\"");

        // Without saying so, nothing is imported: a field error on the box to tick.
        String refused = mvc.perform(post(check).with(csrf()).with(ADMIN)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("<a href=\"#replaceRetainAllocations\">Confirm that importing this bundle removes the allocations made in Retain",
                "id=\"replaceRetainAllocations-error\"", "govuk-form-group--error");
        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(allocated);
        assertThat(registers.find("999").orElseThrow().register().allocations()).contains(k5);

        FlashMap flashed = mvc.perform(post(check).param("replaceRetainAllocations", "true").with(csrf()).with(ADMIN))
                .andExpect(redirectedUrl("/import?done")).andReturn().getFlashMap();
        assertThat(registers.find("999").orElseThrow().register().allocations()).doesNotContain(k5);
        assertThat(registers.changedInRetain("999")).isEmpty();
        String done = mvc.perform(get("/import?done").flashAttrs(flashed).with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.text(done)).contains("1 allocation(s) made in Retain that the bundle did not have were removed.");
        assertThat(audited()).filteredOn(event -> "IMPORT".equals(event.get("action"))).singleElement()
                .satisfies(event -> assertThat(event).containsEntry("detail", "version " + (allocated + 1) + "; ended 1 allocation(s) made in Retain"));
        mvc.perform(post(check).param("replaceRetainAllocations", "true").with(csrf()).with(ADMIN))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAllocationMadeWhileCheckingIsShownBeforeAnythingIsImported() throws Exception {
        String check = upload(zip("council.zip", SMALL));
        assertThat(Html.text(page(check, ADMIN))).doesNotContain("Allocations made in Retain that this bundle does not have");
        long allocated = registers.allocate(new uk.retain.workforce.AllocationRequest("999", "K5", "W1", null,
                java.time.LocalDate.of(2025, 10, 1), null), "tara.manager");

        FlashMap flashed = mvc.perform(post(check).with(csrf()).with(ADMIN)).andExpect(redirectedUrl(check))
                .andReturn().getFlashMap();

        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(allocated);
        String again = mvc.perform(get(check).flashAttrs(flashed).with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.text(again)).contains("changed while you were checking");
        assertThat(Html.table(again, "Allocations made in Retain that this bundle does not have")).singleElement()
                .satisfies(row -> assertThat(row).startsWith("Ann Smith (W1)", "K5"));
    }

    @Test
    void anUploadIsHeldForItsUploaderOnlyAndOnlyTheirLatest() throws Exception {
        String first = upload(zip("first.zip", SMALL));
        String second = upload(zip("second.zip", SMALL));
        RequestPostProcessor otherAdmin = SignedInAs.account(new uk.retain.people.Account("other.admin", "Other", Role.ADMINISTRATOR,
                "999", null, java.util.Set.of(), null));

        String expired = mvc.perform(get(first).with(ADMIN)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.text(expired)).contains("The upload you were checking has expired or has already been imported");
        assertThat(expired).contains("id=\"bundle-error\"");
        mvc.perform(get(second).with(otherAdmin)).andExpect(status().isNotFound());
        mvc.perform(post(second).with(csrf()).with(otherAdmin)).andExpect(status().isNotFound());
        mvc.perform(get("/import/preview/not-a-token").with(ADMIN)).andExpect(status().isNotFound());
        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(versionBefore);
        assertThat(page(second, ADMIN)).contains("second.zip");
    }

    @Test
    void theAllocationsMadeInRetainSinceADayDownloadAsABundleFileAndAreAudited() throws Exception {
        registers.allocate(new uk.retain.workforce.AllocationRequest("999", "K1", "W3", null,
                java.time.LocalDate.of(2025, 10, 1), uk.retain.workforce.ChangeReason.WORKLOAD_BALANCE), "tara.manager");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();

        List<String> csv = csv("/import/allocations.csv?since=" + today, ADMIN);

        assertThat(csv).containsExactly("case_id,worker_id,role,start_date,end_date,change_reason",
                "K1,W1,primary,2025-08-16,2025-09-30,workload_balance", "K1,W3,primary,2025-10-01,,");
        assertThat(csv("/import/allocations.csv?since=" + java.time.LocalDate.parse(today).plusDays(1), ADMIN))
                .containsExactly("case_id,worker_id,role,start_date,end_date,change_reason");
        assertThat(audited()).first().satisfies(event -> assertThat(event).containsEntry("action", "EXPORT")
                .containsEntry("subject_type", "allocations").containsEntry("subject_id", "allocations.csv")
                .containsEntry("detail", "made or ended in Retain since " + today + ": 2 row(s)"));
    }

    @Test
    void aMissingOrWrongDateForTheDownloadIsAFieldError() throws Exception {
        for (String since : List.of("", "1/10/2025", "2025-02-30")) {
            String html = mvc.perform(get("/import/allocations.csv").param("since", since).with(ADMIN))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("<a href=\"#since\">", "id=\"since-error\"", "govuk-input--error");
            assertThat(Html.text(html)).contains(since.isEmpty() ? "Enter the date from which to download the allocations made in Retain"
                    : "Enter the date as year-month-day, for example 2026-11-23");
        }
        mvc.perform(get("/import/allocations.csv").with(ADMIN)).andExpect(status().isBadRequest());
        mvc.perform(get("/import/allocations.csv").param("since", "2025-10-01").with(SignedInAs.role(Role.HR)))
                .andExpect(status().isForbidden());
        assertThat(audited()).isEmpty();
    }

    /** Uploads the bundle, which must be held for checking, and answers the check's address. */
    private String upload(MockMultipartFile bundle) throws Exception {
        String location = mvc.perform(multipart("/import").file(bundle).with(csrf()).with(ADMIN))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/import/preview/");
        return location;
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
