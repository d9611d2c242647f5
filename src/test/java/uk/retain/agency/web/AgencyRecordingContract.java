package uk.retain.agency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * Recording agency engagements against a real database: one that passes every check is stored with who recorded it,
 * shown at once beside the imported ones and downloaded for the HR system; one that fails a check is refused without a
 * named approver and a reason, and then saved and listed in the breaches report with who approved; checking alone
 * writes nothing; an import keeps what was recorded; the target path is stored and read back. Subclasses run it on H2
 * and on PostgreSQL.
 */
@SpringBootTest(properties = "retain.demo.load=never")
@AutoConfigureMockMvc
abstract class AgencyRecordingContract {

    static final RequestPostProcessor HR = SignedInAs.role(Role.HR);
    static final RequestPostProcessor LEADER = SignedInAs.role(Role.SENIOR_LEADER);
    static final RequestPostProcessor ADMIN = SignedInAs.role(Role.ADMINISTRATOR);

    /**
     * The minimal bundle (region E12000006) with W4, qualified 2015, an agency social worker in T1 from 2025-01-01;
     * one imported engagement E1 of W2 (no qualification date: fails the PQE check) and the region's caps.
     */
    static TestBundle bundle() {
        return TestBundle.minimal()
                .worker("W4", "2015-07-01")
                .employment("W4,agency,social_worker,T1,,1,2025-01-01,,,")
                .lines("agency_engagements.csv", "engagement_id,worker_id,agency,job_type,start_date,end_date,hours_per_week,"
                        + "hourly_pay,hourly_charge,notice_weeks,reference_on,project_team,override_approved_by,override_reason",
                        "E1,W2,Acme Locums,team_manager,2025-11-03,,37,40,52,2,2025-10-20,,,")
                .lines("agency_rate_caps.csv", "region_code,job_type,effective_from,effective_to,max_hourly_pay",
                        "E12000006,team_manager,2025-10-01,,45.00",
                        "E12000006,social_worker,2025-10-01,,33.00");
    }

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
        jdbc.update("delete from agency_engagement_recorded");
        jdbc.update("delete from agency_mix_target");
        registers.replace(bundle().read(temp));
    }

    /** W4 as a social worker from 1 December 2025: every check passes at pay {@code pay} unless the cap is below it. */
    static MockHttpServletRequestBuilder engagement(String action, String pay) {
        return engagement(action, pay, "4");
    }

    static MockHttpServletRequestBuilder engagement(String action, String pay, String notice) {
        return post("/agency/record").with(csrf()).param("action", action).param("worker", "W4").param("agency", "Castlegate Locums")
                .param("jobType", "social_worker").param("startDate-day", "1").param("startDate-month", "12")
                .param("startDate-year", "2025").param("hoursPerWeek", "37").param("hourlyPay", pay).param("hourlyCharge", "45.00")
                .param("noticeWeeks", notice).param("referenceOn-day", "1").param("referenceOn-month", "12").param("referenceOn-year", "2025");
    }

    String page(String url, RequestPostProcessor viewer) throws Exception {
        return mvc.perform(get(url).with(viewer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anEngagementPassingEveryCheckIsStoredShownAndDownloaded() throws Exception {
        mvc.perform(engagement("record", "33.00").with(HR)).andExpect(redirectedUrl("/agency/record"));
        Map<String, Object> row = jdbc.queryForMap("select engagement_id, worker_id, recorded_by, hourly_pay from agency_engagement_recorded");
        assertThat(row.get("engagement_id")).isEqualTo("RET-1");
        assertThat(row.get("worker_id")).isEqualTo("W4");
        assertThat(row.get("recorded_by")).isNotNull();

        String engagements = page("/agency?date=2025-12-15", LEADER);
        assertThat(engagements).contains("RET-1").contains("Recorded in Retain").contains("Castlegate Locums").contains("£33.00");
        assertThat(engagements).as("the imported one beside it").contains("E1").contains("Under 3 years since qualifying");

        String csv = mvc.perform(get("/api/v1/authorities/999/agency_engagements.csv").param("recorded_in_retain_since", "2000-01-01")
                .with(ADMIN)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).startsWith("RET-1,W4,Castlegate Locums,social_worker,2025-12-01,37,33.00,45.00,4");

        assertThat(page("/agency/breaches?date=2025-12-15", HR)).doesNotContain("RET-1");
    }

    @Test
    void aFailedCheckNeedsAnApproverAndAReasonBeforeItSaves() throws Exception {
        String refused = mvc.perform(engagement("record", "33.01").with(HR)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("<title>Error: ").contains("The engagement fails 1 check: enter who approved going ahead");
        assertThat(refused).contains("Enter why the engagement goes ahead despite the failed checks");
        assertThat(jdbc.queryForObject("select count(*) from agency_engagement_recorded", Integer.class)).isZero();

        mvc.perform(engagement("record", "33.01").param("approvedBy", "Director of Children's Services and Chief Executive")
                .with(HR)).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.queryForObject("select count(*) from agency_engagement_recorded", Integer.class)).as("no reason yet").isZero();

        mvc.perform(engagement("record", "33.01").param("approvedBy", "Director of Children's Services and Chief Executive")
                .param("reason", "Court work that cannot wait").with(HR)).andExpect(redirectedUrl("/agency/record"));
        String breaches = page("/agency/breaches?date=2025-12-15", LEADER);
        assertThat(breaches).contains("RET-1").contains("Pay over the regional price cap")
                .contains("Director of Children&#39;s Services and Chief Executive").contains("Court work that cannot wait");
        assertThat(breaches).as("the imported E1 fails unapproved").contains("E1");
    }

    @Test
    void checkingShowsTheFiveChecksAndWritesNothing() throws Exception {
        String checked = mvc.perform(engagement("check", "34", "5").with(HR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(checked).contains("Fails 2 of the 5 checks");
        assertThat(checked).doesNotContain("govuk-error-summary");
        assertThat(jdbc.queryForObject("select count(*) from agency_engagement_recorded", Integer.class)).isZero();
    }

    @Test
    void aRecordedEngagementOutlivesAnImportAndGivesWayToTheImportedRow() throws Exception {
        mvc.perform(engagement("record", "33.00").with(HR)).andExpect(redirectedUrl("/agency/record"));
        registers.replace(bundle().read(temp));
        assertThat(page("/agency?date=2025-12-15", HR)).contains("RET-1");

        registers.replace(bundle().row("agency_engagements.csv", "RET-1,W4,Imported Agency,social_worker,2025-12-01,,37,30,40,4,2025-11-01,,,")
                .read(temp));
        String page = page("/agency?date=2025-12-15", HR);
        assertThat(page).contains("Imported Agency").doesNotContain("Castlegate Locums");
    }

    @Test
    void theTargetPathIsStoredAndTheMixMeasuredAgainstIt() throws Exception {
        mvc.perform(post("/agency/mix-target").with(csrf()).with(HR).param("on", "2025-01-31").param("percent", "99"))
                .andExpect(redirectedUrl("/agency/spend#target"));
        mvc.perform(post("/agency/mix-target").with(csrf()).with(HR).param("on", "2025-12-31").param("percent", "101"))
                .andExpect(redirectedUrl("/agency/spend#target"));
        List<Map<String, Object>> points = jdbc.queryForList("select target_on, permanent_percent from agency_mix_target");
        assertThat(points).hasSize(1);
        String spend = page("/agency/spend?date=2025-12-15", LEADER);
        assertThat(spend).contains("99.0% permanent").contains("points behind");
        assertThat(spend).contains("Projected spend over the next 12 months");
    }

    @Test
    void theQuarterlyReturnHasARowPerJobTypeAndOneForAll() throws Exception {
        String csv = mvc.perform(get("/agency/dfe-return.csv").param("quarter", "2025-Q3").with(HR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).startsWith("la_code,financial_year,quarter,period_start,period_end,job_type,engagements,");
        // E1: team manager from 3 November 2025, 37 hours at a charge of 52: 43 weekdays to 31 December.
        assertThat(lines.get(4)).startsWith("999,2025-26,Q3,2025-10-01,2025-12-31,team_manager,1,1,1,0,1,37.00,318.20,16546.40,52.00,40.00,1,0,0,0");
        assertThat(lines.get(6)).startsWith("999,2025-26,Q3,2025-10-01,2025-12-31,all,1,1,1,0,1,");
        mvc.perform(get("/agency/dfe-return.csv").param("quarter", "2025-Q5").with(HR)).andExpect(status().isBadRequest());
    }
}
