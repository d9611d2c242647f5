package uk.retain.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.people.Role;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Registers;

/**
 * The health check against a real database: a rating refused with its problems and then saved, replaced within the
 * year and kept year by year, actions planned and done, every change audited, and only the workforce lead and the
 * director changing anything. Subclasses run it on H2 and on PostgreSQL.
 */
@SpringBootTest(properties = "retain.demo.load=never")
@AutoConfigureMockMvc
abstract class HealthCheckContract {

    static final RequestPostProcessor LEAD = SignedInAs.role(Role.WORKFORCE_LEAD);
    static final RequestPostProcessor DIRECTOR = SignedInAs.role(Role.SENIOR_LEADER);
    static final RequestPostProcessor HR = SignedInAs.role(Role.HR);

    @Autowired
    MockMvc mvc;

    @Autowired
    Registers registers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HealthChecks checks;

    final int thisYear = LocalDate.now(java.time.ZoneId.of("Europe/London")).getYear();

    @BeforeEach
    void smallBundle() throws Exception {
        registers.replace(Bundles.read(Path.of("src/test/resources/bundles/small")));
        jdbc.update("delete from standards_action");
        jdbc.update("delete from standards_assessment");
    }

    private String page(String url, RequestPostProcessor viewer) throws Exception {
        return mvc.perform(get(url).with(viewer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aRatingWithoutItsReasonsIsRefusedOnItsFieldsAndNothingIsSaved() throws Exception {
        String html = mvc.perform(post("/employer-standards/2025/5").param("rating", "").param("reasons", " ").with(csrf()).with(LEAD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("<title>Error: ", "Choose a rating", "Enter the reasons for the rating", "id=\"rating-error\"",
                "id=\"reasons-error\"");
        assertThat(checks.assessments("999", 2025)).isEmpty();
    }

    @Test
    void aRatingIsSavedReplacedWithinTheYearAndKeptYearByYear() throws Exception {
        long auditMark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        mvc.perform(post("/employer-standards/2025/5").param("rating", "not_met").param("reasons", "Two teams slipping")
                .with(csrf()).with(LEAD)).andExpect(redirectedUrl("/employer-standards?year=2025#standard-5"));
        mvc.perform(post("/employer-standards/2025/5").param("rating", "partly_met").param("reasons", "Better since the audit")
                .with(csrf()).with(DIRECTOR)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/employer-standards/2024/5").param("rating", "met").param("reasons", "All in date")
                .with(csrf()).with(LEAD)).andExpect(status().is3xxRedirection());

        assertThat(checks.assessments("999", 2025).get(EmployerStandard.SUPERVISION).rating()).isEqualTo(Rating.PARTLY_MET);
        assertThat(checks.history("999")).containsOnlyKeys(2025, 2024);
        assertThat(checks.history("999").get(2024)).containsEntry(EmployerStandard.SUPERVISION, Rating.MET);
        String html = page("/employer-standards?year=2025", HR);
        assertThat(html).contains("Partly met", "Better since the audit", "Ratings year by year")
                .doesNotContain("Two teams slipping").doesNotContain("Change the rating");
        assertThat(jdbc.queryForList("select detail from audit_event where id > ? and subject_type = 'employer_standard' order by id",
                String.class, auditMark)).containsExactly("rated not_met", "rated partly_met", "rated met");
    }

    @Test
    void theYearsPageShowsTheEvidenceFromTheMeasures() throws Exception {
        String html = page("/employer-standards", LEAD);
        assertThat(html).contains("Employer Standards health check " + thisYear, "Average caseload per case holder (FTE)",
                "Workers in post with no Social Work England number in the register",
                "Not held: the register does not give what this needs", "Rate<span");
    }

    @Test
    void anActionIsPlannedShownAndDone() throws Exception {
        String refused = mvc.perform(post("/employer-standards/2025/3/actions").param("action", "").param("owner", "Head of service")
                .param("due-day", "31").param("due-month", "2").param("due-year", "2026").with(csrf()).with(LEAD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Enter the action", "Enter the date it is due by as a real date");
        assertThat(checks.actions("999", 2025)).isEmpty();

        mvc.perform(post("/employer-standards/2025/3/actions").param("action", "Review caps in CIN teams").param("owner", "Head of service")
                .param("due-day", "31").param("due-month", "3").param("due-year", "2026").with(csrf()).with(LEAD))
                .andExpect(status().is3xxRedirection());
        HealthChecks.Action action = checks.actions("999", 2025).get(0);
        assertThat(action.dueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(page("/employer-standards?year=2025", DIRECTOR)).contains("Review caps in CIN teams", "Mark as done");

        mvc.perform(post("/employer-standards/actions/" + action.id() + "/done").param("year", "2025").with(csrf()).with(DIRECTOR))
                .andExpect(status().is3xxRedirection());
        assertThat(checks.actions("999", 2025).get(0).doneOn()).isNotNull();
    }

    @Test
    void hrReadsButChangesNothingAndAnotherAuthoritysActionIsNotFound() throws Exception {
        mvc.perform(post("/employer-standards/2025/5").param("rating", "met").param("reasons", "x").with(csrf()).with(HR))
                .andExpect(status().isForbidden());
        mvc.perform(post("/employer-standards/actions/999999/done").param("year", "2025").with(csrf()).with(LEAD))
                .andExpect(status().isNotFound());
        mvc.perform(get("/employer-standards").param("year", String.valueOf(thisYear + 1)).with(LEAD)).andExpect(status().isNotFound());
        mvc.perform(get("/employer-standards/2025/9").with(LEAD)).andExpect(status().isNotFound());
        assertThat(checks.assessments("999", 2025)).isEmpty();
    }
}
