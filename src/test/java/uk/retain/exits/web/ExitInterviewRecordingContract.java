package uk.retain.exits.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
