package uk.retain.recruitment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.people.Role;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Registers;
import uk.retain.workforce.TestBundle;

/**
 * Recording and moving applications against a real database: a new application is stored and counted on the
 * recruitment page at once; a name as candidate, a stage without the one before and a declined offer with an
 * acceptance are refused on their fields with nothing written; an imported application moved on shows its new stage,
 * until an import moves it further. Subclasses run it on H2 and on PostgreSQL.
 */
@SpringBootTest(properties = "retain.demo.load=never")
@AutoConfigureMockMvc
abstract class ApplicationRecordingContract {

    static final RequestPostProcessor HR = SignedInAs.role(Role.HR);
    static final String APPLICATIONS_HEADER = "application_id,vacancy_id,candidate_id,source,applied_on,shortlisted_on,"
            + "interviewed_on,offered_on,accepted_on,started_on,outcome,outcome_reason,worker_id";

    /** The minimal bundle with V2 (T2, open from 2025-06-02) and A3, an application to it in progress since 2025-06-10. */
    static TestBundle bundle(String a3) {
        return TestBundle.minimal()
                .lines("vacancies.csv", "vacancy_id,team_id,job_role,post_id,opened_on,closed_on,closed_reason",
                        "V2,T2,team_manager,,2025-06-02,,")
                .lines("applications.csv", APPLICATIONS_HEADER, a3);
    }

    static final String A3 = "A3,V2,CAND-3,council_website,2025-06-10,,,,,,in_progress,,";

    @Autowired
    MockMvc mvc;

    @Autowired
    Registers registers;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    void held() throws Exception {
        jdbc.update("delete from recruitment_application_recorded");
        registers.replace(bundle(A3).read(temp));
    }

    static MockHttpServletRequestBuilder application(String candidate) {
        return application(candidate, "in_progress");
    }

    static MockHttpServletRequestBuilder application(String candidate, String outcome) {
        return post("/recruitment/applications/record").with(csrf()).with(HR).param("vacancy", "V2").param("candidate", candidate)
                .param("source", "job_board").param("applied_on", "2025-07-01").param("outcome", outcome);
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(HR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    int stored() {
        return jdbc.queryForObject("select count(*) from recruitment_application_recorded", Integer.class);
    }

    @Test
    void aNewApplicationIsStoredAndCountedAtOnce() throws Exception {
        mvc.perform(application("CAND-9")).andExpect(redirectedUrl("/recruitment/applications/record"));
        assertThat(jdbc.queryForObject("select application_id from recruitment_application_recorded", String.class)).isEqualTo("RET-A1");
        String recruitment = page("/recruitment?date=2025-07-15");
        assertThat(recruitment).contains("2 applications in progress").contains("CAND-9");
    }

    @Test
    void theBundleAsRetainHoldsItCarriesTheApplicationsRecordedInRetainAndImportsAsItIs() throws Exception {
        mvc.perform(application("CAND-9")).andExpect(redirectedUrl("/recruitment/applications/record"));
        RequestPostProcessor admin = SignedInAs.role(Role.ADMINISTRATOR);
        byte[] zip = mvc.perform(get("/api/v1/authorities/999/bundle.zip").with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        var exported = uk.retain.workforce.Bundles.readZip("999-bundle.zip", zip);
        assertThat(exported.rows(uk.retain.recruitment.ApplicationsFile.class)).extracting(uk.retain.recruitment.Application::applicationId)
                .containsExactly("A3", "RET-A1");
        // Imported back, the application recorded in Retain is an imported row, shown once.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/bundles")
                .file(new org.springframework.mock.web.MockMultipartFile("bundle", "999-bundle.zip", "application/zip", zip)).with(admin))
                .andExpect(status().isCreated());
        assertThat(page("/recruitment?date=2025-07-15")).contains("2 applications in progress");
    }

    @Test
    void aNameAStageGapAndADeclinedAcceptanceAreRefusedOnTheirFields() throws Exception {
        String refused = mvc.perform(application("Jane Smith").param("interviewed_on", "2025-07-10"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("<title>Error: ").contains("never a name").contains("without every stage before it")
                .contains("id=\"candidate-error\"").contains("id=\"interviewed_on-error\"");
        String declined = mvc.perform(application("CAND-9", "offer_declined").param("shortlisted_on", "2025-07-02").param("interviewed_on", "2025-07-03")
                        .param("offered_on", "2025-07-04").param("accepted_on", "2025-07-05"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(declined).contains("An offer that was declined has no accepted date");
        String started = mvc.perform(application("CAND-9", "started"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(started).contains("Enter the day the candidate started").contains("Choose the worker the candidate became");
        assertThat(stored()).isZero();
    }

    @Test
    void anImportedApplicationMovedOnShowsItsStageUntilAnImportMovesItFurther() throws Exception {
        assertThat(page("/recruitment/applications/record?application=A3")).contains("Moving on application A3").contains("2025-06-10");
        mvc.perform(post("/recruitment/applications/record").with(csrf()).with(HR).param("application", "A3").param("vacancy", "V2")
                .param("candidate", "CAND-3").param("source", "council_website").param("applied_on", "2025-06-10")
                .param("shortlisted_on", "2025-06-20").param("outcome", "in_progress"))
                .andExpect(redirectedUrl("/recruitment/applications/record"));
        assertThat(page("/recruitment?date=2025-07-15")).contains("Shortlisted").contains("1 applications in progress");
        assertThat(jdbc.queryForObject("select shortlisted_on from recruitment_application_recorded where application_id = 'A3'",
                java.sql.Date.class).toLocalDate()).hasToString("2025-06-20");

        registers.replace(bundle("A3,V2,CAND-3,council_website,2025-06-10,2025-06-20,2025-06-30,,,,rejected,not shortlisted,").read(temp));
        assertThat(page("/recruitment?date=2025-07-15")).as("the import moved it further").contains("0 applications in progress");
    }
}
