package uk.retain.exits.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.exits.LeavingInterview;
import uk.retain.exits.LeavingInterviewsFile;
import uk.retain.exits.LeavingReason;
import uk.retain.measures.RegisterMeasures;
import uk.retain.people.Account;
import uk.retain.people.Role;
import uk.retain.support.Html;
import uk.retain.support.SignedInAs;
import uk.retain.support.Zip;
import uk.retain.workforce.BundleFileTypes;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * Recording an exit interview against a real database: written in one transaction into the register's
 * leaving_interviews.csv with who recorded it, read back at once by the register, its measures and its bundle, every
 * rule refusing on its field with nothing written, and an import replacing it. Subclasses run it on H2 and PostgreSQL.
 * In the small bundle W4 leaves on 15 August 2025; W1 never leaves.
 */
@SpringBootTest(properties = "retain.demo.load=never")
@AutoConfigureMockMvc
abstract class ExitInterviewRecordingContract {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    static final RequestPostProcessor HANNA = SignedInAs.account(new Account("hanna.hr", "Hanna Ruiz", Role.HR, "999", null, Set.of(), null));

    @Autowired
    MockMvc mvc;

    @Autowired
    Registers registers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    uk.retain.exits.ExitInterviewRecording recording;

    @BeforeEach
    void smallBundle() throws Exception {
        registers.replace(Bundles.read(SMALL));
    }

    static MockHttpServletRequestBuilder interview(String worker, String day, String month, String year, String main) {
        return post("/leaving/interviews/record").with(csrf()).with(HANNA).param("worker", worker).param("date-day", day)
                .param("date-month", month).param("date-year", year).param("mainReason", main);
    }

    Register register() {
        return registers.find("999").orElseThrow().register();
    }

    @Test
    void anInterviewIsStoredInTheRegisterItsMeasuresAndItsBundle() throws Exception {
        int audited = audited();
        mvc.perform(interview("W4", "1", "8", "2025", "caseload").param("otherReasons", "management", "caseload", "pay")
                .param("wouldReturn", "no").param("wouldRecommend", "yes")).andExpect(redirectedUrl("/leaving/interviews/record"));
        LeavingInterview expected = new LeavingInterview("W4", LocalDate.of(2025, 8, 1), LeavingReason.CASELOAD,
                List.of(LeavingReason.MANAGEMENT, LeavingReason.PAY), false, true);
        assertThat(register().rows(LeavingInterviewsFile.class)).containsExactly(expected);
        Map<String, Object> row = jdbc.queryForMap("select row_cells, recorded_by from capability_row_recorded where la_code = '999'");
        assertThat(row).containsEntry("row_cells", "W4,2025-08-01,caseload,management;pay,false,true")
                .containsEntry("recorded_by", "hanna.hr");
        assertThat(RegisterMeasures.of(register()).forAuthority(LocalDate.of(2025, 9, 30)).get("leaving_reasons"))
                .isEqualTo(Map.of("caseload", 1));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        BundleWriter.write(register(), BundleFileTypes.of(LeavingInterviewsFile.class), csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("W4,2025-08-01,caseload,management;pay,false,true");
        assertThat(audited()).isEqualTo(audited + 1);
        // The page lists it (ExitInterviewPagesBrowserTest reads it there): who recorded which row.
        assertThat(recording.recorded("999")).singleElement().satisfies(recorded -> {
            assertThat(recorded.cells()).isEqualTo("W4,2025-08-01,caseload,management;pay,false,true");
            assertThat(recorded.recordedBy()).isEqualTo("hanna.hr");
        });
    }

    @Test
    void eachRuleRefusesOnItsFieldAndNothingIsWritten() throws Exception {
        long version = registers.find("999").orElseThrow().version();
        assertRefused(post("/leaving/interviews/record").with(csrf()).with(HANNA), "Choose the leaver", "Enter the date of the interview",
                "Select the main reason for leaving");
        assertRefused(interview("W1", "1", "8", "2025", "pay"), "The worker does not leave within 60 days of that date: choose the leaver, or correct the date");
        assertRefused(interview("W4", "31", "2", "2025", "pay"), "Date of the interview must be a real date");
        assertRefused(interview("W4", "1", "1", "2999", "pay"), "Date of the interview must be today or in the past");
        // 60 days after the leaving is in the window; 61 is not.
        assertRefused(interview("W4", "15", "10", "2025", "pay"), "The worker does not leave within 60 days of that date: choose the leaver, or correct the date");
        assertRefused(interview("W4", "1", "8", "2025", "salary"), "Select a main reason from the list");
        assertRefused(interview("W4", "1", "8", "2025", "pay").param("wouldReturn", "maybe"), "Select yes, no or not asked");
        assertRefused(interview("NOBODY", "1", "8", "2025", "pay"), "Choose a leaver from the list");
        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(version);
        assertThat(jdbc.queryForObject("select count(*) from capability_row_recorded", Integer.class)).isZero();

        mvc.perform(interview("W4", "14", "10", "2025", "pay")).andExpect(redirectedUrl("/leaving/interviews/record"));
        assertRefused(interview("W4", "14", "10", "2025", "travel"), "An exit interview with this worker on this date is already held");
        assertThat(register().rows(LeavingInterviewsFile.class)).hasSize(1);
    }

    @Test
    void anImportReplacesTheInterviewsRecordedInRetain() throws Exception {
        mvc.perform(interview("W4", "1", "8", "2025", "pay")).andExpect(redirectedUrl("/leaving/interviews/record"));
        registers.replace(Bundles.read(SMALL));
        assertThat(register().has(LeavingInterviewsFile.class)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from capability_row_recorded", Integer.class)).isZero();
    }

    static final RequestPostProcessor ADMIN = SignedInAs.role(Role.ADMINISTRATOR);
    static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    @Test
    void anImportThatLacksARecordedInterviewNamesItAndKeepsItUntilTold() throws Exception {
        mvc.perform(interview("W4", "1", "8", "2025", "caseload")).andExpect(redirectedUrl("/leaving/interviews/record"));
        MockMultipartFile bundle = new MockMultipartFile("bundle", "bundle.zip", "application/zip", Zip.of(SMALL));

        var dryRun = JSON.readTree(mvc.perform(multipart("/api/v1/bundles").file(bundle).param("dry_run", "true").with(ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        var dropped = dryRun.get("retain_records_dropped");
        assertThat(dropped).hasSize(1);
        assertThat(dropped.get(0).get("file").asString()).isEqualTo("leaving_interviews.csv");
        assertThat(dropped.get(0).get("row").get("worker_id").asString()).isEqualTo("W4");
        assertThat(dropped.get(0).get("row").get("main_reason").asString()).isEqualTo("caseload");
        assertThat(dropped.get(0).get("recorded_by").asString()).isEqualTo("hanna.hr");

        long version = registers.find("999").orElseThrow().version();
        var refused = mvc.perform(multipart("/api/v1/bundles").file(bundle).with(ADMIN)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("made-in-retain-would-be-lost", "replace_retain_records=true",
                "1 leaving_interviews.csv row(s) recorded in Retain");
        // Confirming the other kinds is not confirming the interview.
        assertThat(mvc.perform(multipart("/api/v1/bundles").file(bundle).param("replace_retain_allocations", "true")
                .param("replace_retain_supervisions", "true").with(ADMIN)).andReturn().getResponse().getStatus()).isEqualTo(409);
        assertThat(registers.find("999").orElseThrow().version()).isEqualTo(version);
        assertThat(register().rows(LeavingInterviewsFile.class)).hasSize(1);

        mvc.perform(multipart("/api/v1/bundles").file(bundle).param("replace_retain_records", "true").with(ADMIN))
                .andExpect(status().isCreated());
        assertThat(register().has(LeavingInterviewsFile.class)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'IMPORT' and detail like ?",
                Integer.class, "%dropped 1 leaving_interviews.csv row(s) recorded in Retain%")).isPositive();
    }

    @Test
    void theBundleAsRetainHoldsItCarriesTheInterviewSoItsImportAsksNothing() throws Exception {
        mvc.perform(interview("W4", "1", "8", "2025", "caseload").param("otherReasons", "pay"))
                .andExpect(redirectedUrl("/leaving/interviews/record"));
        var download = mvc.perform(get("/api/v1/authorities/999/bundle.zip").with(ADMIN)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getContentType()).isEqualTo("application/zip");
        Register exported = Bundles.readZip("999-bundle.zip", download.getContentAsByteArray());
        assertThat(exported.rows(LeavingInterviewsFile.class)).isEqualTo(register().rows(LeavingInterviewsFile.class));
        assertThat(exported.workers()).isEqualTo(register().workers());

        mvc.perform(multipart("/api/v1/bundles").file(new MockMultipartFile("bundle", "999-bundle.zip", "application/zip",
                download.getContentAsByteArray())).with(ADMIN)).andExpect(status().isCreated());
        assertThat(register().rows(LeavingInterviewsFile.class)).singleElement()
                .satisfies(interview -> assertThat(interview.mainReason()).isEqualTo(LeavingReason.CASELOAD));
        // Only administrators, who exchange the bundles, download it.
        assertThat(mvc.perform(get("/api/v1/authorities/999/bundle.zip").with(HANNA)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/import/bundle.zip").with(ADMIN)).andReturn().getResponse().getContentType()).isEqualTo("application/zip");
    }

    @Test
    void theImportPageNamesTheInterviewAndImportsOnlyWhenTheBoxIsTicked() throws Exception {
        mvc.perform(interview("W4", "1", "8", "2025", "caseload")).andExpect(redirectedUrl("/leaving/interviews/record"));
        String check = mvc.perform(multipart("/import").file(new MockMultipartFile("bundle", "council.zip", "application/zip", Zip.of(SMALL)))
                .with(csrf()).with(ADMIN)).andReturn().getResponse().getRedirectedUrl();
        String html = mvc.perform(get(check).with(ADMIN)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.text(html)).contains("Importing this bundle removes 1 record(s) made on Retain's pages since the last import");
        assertThat(Html.table(html, "Records made in Retain that this bundle does not have")).singleElement()
                .satisfies(row -> assertThat(row).containsExactly("leaving_interviews.csv",
                        "worker_id: W4; held_on: 2025-08-01; main_reason: caseload", "hanna.hr", row.get(3)));
        assertThat(html).contains("href=\"/import/bundle.zip\"");

        String refused = mvc.perform(post(check).with(csrf()).with(ADMIN)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.text(refused)).contains("Confirm that importing this bundle removes what is listed above as made in Retain");
        assertThat(register().rows(LeavingInterviewsFile.class)).hasSize(1);
        mvc.perform(post(check).param("replaceRetainAllocations", "true").with(csrf()).with(ADMIN)).andExpect(redirectedUrl("/import?done"));
        assertThat(register().has(LeavingInterviewsFile.class)).isFalse();
    }

    private int audited() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'CHANGE' and subject_type = 'leaving_interview'"
                + " and subject_id = 'W4'", Integer.class);
    }

    private void assertRefused(MockHttpServletRequestBuilder request, String... messages) throws Exception {
        String page = mvc.perform(request).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<title>Error: Record an exit interview");
        for (String message : messages) {
            assertThat(Html.text(page)).contains(message);
        }
    }
}
