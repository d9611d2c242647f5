package uk.retain.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import uk.retain.people.Role;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.supervision.SupervisionRule;
import uk.retain.support.Html;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.SupervisionKind;

/**
 * The supervision pages on the small bundle (see SupervisionStatusesTest for who is overdue when), for each role:
 * the policy page and its form, a worker's variation, the overdue list, compliance by team and month, and the
 * supervision figures on the team caseloads page and the dashboard.
 */
class SupervisionPagesTest extends PageTest {

    static final RequestPostProcessor LEAD = SignedInAs.role(Role.WORKFORCE_LEAD);
    static final RequestPostProcessor MANAGER = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);
    static final RequestPostProcessor SENIOR = SignedInAs.role(Role.SENIOR_LEADER);
    static final String OVERDUE_CAPTION = "Workers overdue supervision on 30 September 2025";

    /** Group sessions of an hour count too: W1's group session of 5 September 2025 puts them in date. */
    static final SupervisionRule GROUPS_COUNT = new SupervisionRule(java.util.EnumSet.of(SupervisionKind.ONE_TO_ONE, SupervisionKind.GROUP),
            60, SupervisionRule.CONTRACT.asyePhases(), Period.ofMonths(1), Period.ofMonths(1));

    @Autowired
    SupervisionPolicies policies;

    @BeforeEach
    @AfterEach
    void underTheContract() {
        jdbc.update("delete from supervision_variation");
        jdbc.update("delete from supervision_policy");
    }

    // ------------------------------------------------------------------------------------------ the policy page

    @Test
    void theWorkforceLeadSeesTheContractsDefaultsAndAFormToChangeThem() throws Exception {
        String html = page("/supervision-policy", LEAD);

        assertThat(html).doesNotContain("govuk-notification-banner--success");
        assertThat(Html.text(html)).contains("this is the contract's default").contains("Every 1 week, until 6 weeks after the ASYE start")
                .contains("Save the policy");
        assertThat(html).contains("name=\"asye_phases.1.until\"").contains("value=\"6 months\"");
    }

    @ParameterizedTest
    @EnumSource(names = {"TEAM_MANAGER", "HR", "SENIOR_LEADER"})
    void managersAndLeadersReadItWithoutAForm(Role role) throws Exception {
        String html = page("/supervision-policy", SignedInAs.role(role, Set.of("T1"), null));

        assertThat(Html.summary(html)).containsEntry("Sessions that count", "One-to-one")
                .containsEntry("Shortest session that counts", "90 minutes").containsEntry("Everyone else", "Every 1 month");
        assertThat(html).doesNotContain("Save the policy");
    }

    @ParameterizedTest
    @EnumSource(names = {"SOCIAL_WORKER", "ADMINISTRATOR"})
    void othersAreRefusedThePage(Role role) throws Exception {
        mvc.perform(get("/supervision-policy").with(SignedInAs.role(role, Set.of(), "W1"))).andExpect(status().isForbidden());
    }

    @Test
    void theLeadChangesThePolicyOnThePageAndItIsAudited() throws Exception {
        mvc.perform(post("/supervision-policy").with(LEAD).with(csrf()).param("counting_kinds", "one_to_one", "group")
                        .param("minimum_minutes", "60").param("asye_phases.0.until", "6 weeks").param("asye_phases.0.interval", "1 week")
                        .param("asye_phases.1.until", "6 months").param("asye_phases.1.interval", "2 weeks")
                        .param("asye_after_phases", "1 month").param("interval", "1 month"))
                .andExpect(redirectedUrl("/supervision-policy"));

        assertThat(policies.authorityRule("999")).isEqualTo(GROUPS_COUNT);
        assertThat(audited()).anySatisfy(event -> assertThat(event).containsEntry("action", "CHANGE")
                .containsEntry("subject_type", "supervision_policy").containsEntry("detail",
                        "counting_kinds [one_to_one] -> [group, one_to_one]; minimum_minutes 90 -> 60"));
        assertThat(Html.text(page("/supervision-policy", SignedInAs.role(Role.HR)))).contains("your authority's own policy, last changed by workforce_lead");
    }

    @Test
    void aFormWithProblemsShowsEachOnItsFieldAndChangesNothing() throws Exception {
        String html = mvc.perform(post("/supervision-policy").with(LEAD).with(csrf()).param("minimum_minutes", "500")
                        .param("asye_phases.0.until", "6 weeks").param("asye_after_phases", "0 days").param("interval", "monthly"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("govuk-error-summary").contains("href=\"#sp-counting-kinds\"").contains("href=\"#sp-minimum-minutes\"")
                .contains("href=\"#sp-asye-phases-0-interval\"").contains("href=\"#sp-asye-after-phases\"").contains("href=\"#sp-interval\"")
                .contains("id=\"sp-minimum-minutes-error\"").contains("value=\"500\"").contains("value=\"monthly\"");
        assertThat(Html.text(html)).contains("Choose at least one kind of session that counts")
                .contains("Enter the shortest session that counts as a whole number of minutes from 0 to 480");
        assertThat(policies.stored("999")).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ a worker's variation

    @Test
    void aManagerOfTheWorkersTeamVariesThePolicyForThemAndItIsShownAndAudited() throws Exception {
        LocalDate today = LocalDate.now();
        mvc.perform(post("/workers/W1/supervision-policy").with(MANAGER).with(csrf()).param("interval", "2 weeks")
                        .param("from", today.toString()).param("to", today.plusMonths(3).toString())
                        .param("reason", "Returning from long absence"))
                .andExpect(redirectedUrl("/workers/W1/supervision-policy"));

        assertThat(policies.applied("999", "W1", today).source()).isEqualTo(SupervisionPolicies.Source.VARIATION);
        assertThat(policies.ruleFor("999", "W1", today.plusMonths(3).plusDays(1))).isEqualTo(SupervisionRule.CONTRACT);
        assertThat(audited()).anySatisfy(event -> assertThat(event).containsEntry("action", "CHANGE")
                .containsEntry("subject_type", "supervision_variation").containsEntry("subject_id", "W1"));
        String worker = page("/workers/W1/supervision-policy", LEAD);
        assertThat(worker).doesNotContain("govuk-notification-banner--success");
        assertThat(Html.text(worker)).contains("Varied for this worker: every 2 weeks until").contains("Returning from long absence");
        // On the worker's record, on the days it covers, and not after its end date.
        assertThat(Html.text(page("/workers/W1", MANAGER))).contains("is under a variation for this worker, until "
                + uk.retain.web.Days.written(today.plusMonths(3)));
        assertThat(Html.text(page("/workers/W1?date=" + today.plusMonths(3).plusDays(1), LEAD)))
                .contains("is under the contract's default policy");
        // On the policy page, for those who see W1: not a senior leader.
        assertThat(Html.text(page("/supervision-policy", MANAGER))).contains("Ann Smith").contains("Returning from long absence");
        assertThat(Html.text(page("/supervision-policy", SENIOR))).doesNotContain("Ann Smith").doesNotContain("Returning");
    }

    @Test
    void aWorkerOutsideTheManagersTeamsDoesNotExistForThem() throws Exception {
        mvc.perform(get("/workers/W3/supervision-policy").with(MANAGER)).andExpect(status().isNotFound());
        mvc.perform(post("/workers/W3/supervision-policy").with(MANAGER).with(csrf()).param("interval", "2 weeks")
                .param("from", LocalDate.now().toString()).param("to", LocalDate.now().plusMonths(1).toString()).param("reason", "x"))
                .andExpect(status().isNotFound());
        assertThat(policies.variationsOf("999", "W3")).isEmpty();
    }

    @Test
    void hrAndTheWorkerThemselvesReadButDoNotVary() throws Exception {
        assertThat(page("/workers/W1/supervision-policy", SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W1"))).doesNotContain("Save the variation");
        assertThat(page("/workers/W1/supervision-policy", SignedInAs.role(Role.HR))).doesNotContain("Save the variation");
        mvc.perform(post("/workers/W1/supervision-policy").with(SignedInAs.role(Role.HR)).with(csrf()).param("interval", "2 weeks")
                .param("from", LocalDate.now().toString()).param("to", LocalDate.now().plusMonths(1).toString()).param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/workers/W2/supervision-policy").with(SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W1"))).andExpect(status().isNotFound());
        mvc.perform(get("/workers/W1/supervision-policy").with(SENIOR)).andExpect(status().isForbidden());
        assertThat(policies.variationsOf("999", "W1")).isEmpty();
    }

    @Test
    void aVariationWithProblemsShowsThemAndSavesNothing() throws Exception {
        String html = mvc.perform(post("/workers/W1/supervision-policy").with(LEAD).with(csrf()).param("interval", "0 weeks")
                        .param("from", "2026-12-10").param("to", "2026-12-01").param("reason", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("href=\"#variation-interval\"").contains("href=\"#variation-to\"").contains("href=\"#variation-reason\"")
                .contains("id=\"variation-reason-error\"");
        assertThat(Html.text(html)).contains("The variation must end on or after the day it starts").contains("Enter the reason for the variation");
        assertThat(policies.variationsOf("999", "W1")).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ the overdue list

    @Test
    void aTeamManagerSeesTheOverdueWorkersOfTheirTeamsLongestFirst() throws Exception {
        List<List<String>> rows = Html.table(page("/supervision/overdue?date=2025-09-30", MANAGER), OVERDUE_CAPTION);

        assertThat(rows).extracting(row -> row.get(0)).containsExactly("Eve Patel", "Ann Smith", "Bob Jones");
        assertThat(rows.get(1)).containsExactly("Ann Smith", "North CP", "Senior social worker", "29", "1 August 2025",
                "1 September 2025", "The contract's default");
        assertThat(audited()).anySatisfy(event -> assertThat(event).containsEntry("action", "VIEW")
                .containsEntry("subject_type", "supervision_overdue").containsEntry("detail", "overdue on 2025-09-30, 3 worker(s)"));
    }

    @Test
    void theWorkforceLeadSeesTheWholeAuthorityAndEachWorkersPolicy() throws Exception {
        policies.save("999", GROUPS_COUNT, "workforce_lead");
        policies.vary("999", "W3", Period.ofDays(14), "new to the team", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31), "workforce_lead");

        List<List<String>> rows = Html.table(page("/supervision/overdue?date=2025-09-30", LEAD), OVERDUE_CAPTION);

        // W1 is in date under the authority's policy; W3, fortnightly from their start on 1 July, was due on 15 July.
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("Eve Patel", "Cal Khan", "Bob Jones");
        assertThat(rows.get(1)).containsExactly("Cal Khan", "South CIN", "Social worker", "77", "", "15 July 2025",
                "Varied for this worker: every 2 weeks until 31 December 2025");
        assertThat(rows.get(2).get(6)).isEqualTo("The authority's policy");
        assertThat(csv("/supervision/overdue.csv?date=2025-09-30", LEAD)).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(names = {"SOCIAL_WORKER", "SENIOR_LEADER", "ADMINISTRATOR"})
    void theOverdueListIsNotForOtherRoles(Role role) throws Exception {
        mvc.perform(get("/supervision/overdue").with(SignedInAs.role(role, Set.of(), "W1"))).andExpect(status().isForbidden());
    }

    // ------------------------------------------------------------------------------------------ compliance

    @Test
    void complianceByTeamAndMonthAndTheLongestOverdueForTheLead() throws Exception {
        String html = page("/supervision/compliance?date=2025-09-30", LEAD);

        List<List<String>> rows = Html.table(html, "Workers in date with supervision by team, per cent, at month ends to 30 September 2025");
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("North CP", "South CIN", "Exampleshire");
        assertThat(rows.get(0)).hasSize(13);
        // 31 August 2025: in T1 W1 and W2 are in date and TM1 is not; in T2 W3 is overdue; 2 of 4 in the authority.
        assertThat(rows.get(0).get(11)).isEqualTo("66.7%");
        assertThat(rows.get(1).get(11)).isEqualTo("0.0%");
        assertThat(rows.get(2).get(11)).isEqualTo("50.0%");
        assertThat(rows.get(0).get(12)).isEqualTo("0.0%");
        // The chart shows the authority and the team least in date at the last month end (both at 0%: the first),
        // or the team asked for.
        assertThat(html).contains("<svg").contains("Workers in date with supervision in Exampleshire and North CP");
        assertThat(page("/supervision/compliance?date=2025-09-30&team=T2", LEAD))
                .contains("Workers in date with supervision in Exampleshire and South CIN");
        List<List<String>> longest = Html.table(html, "Workers longest overdue on 30 September 2025");
        assertThat(longest).extracting(row -> row.get(0)).containsExactly("Eve Patel", "Cal Khan", "Ann Smith", "Bob Jones");
    }

    @Test
    void aSeniorLeaderSeesComplianceByTeamButNoOneByName() throws Exception {
        String html = page("/supervision/compliance?date=2025-09-30", SENIOR);

        assertThat(Html.table(html, "Workers in date with supervision by team, per cent, at month ends to 30 September 2025")).hasSize(3);
        assertThat(Html.text(html)).doesNotContain("Workers longest overdue").doesNotContain("Eve Patel").doesNotContain("Ann Smith");
    }

    // ------------------------------------------------------------------------------------------ caseloads and dashboard

    @Test
    void theTeamCaseloadsShowEachWorkersNextSupervisionUnderThePolicy() throws Exception {
        String html = page("/teams/T1/caseloads?date=2025-09-30", MANAGER);
        List<List<String>> rows = Html.table(html, "Workers' loads on 30 September 2025");

        assertThat(html).contains("Next supervision");
        assertThat(rows).filteredOn(row -> row.get(0).equals("Ann Smith")).singleElement()
                .satisfies(row -> assertThat(row).contains("1 September 2025", "Overdue"));
        policies.save("999", GROUPS_COUNT, "workforce_lead");
        assertThat(Html.table(page("/teams/T1/caseloads?date=2025-09-30", MANAGER), "Workers' loads on 30 September 2025"))
                .filteredOn(row -> row.get(0).equals("Ann Smith")).singleElement()
                .satisfies(row -> assertThat(row).contains("5 October 2025").doesNotContain("Overdue"));
    }

    @Test
    void theDashboardFollowsTheAuthoritysPolicyWhileTheMeasuresKeepTheContracts() throws Exception {
        assertThat(Html.summary(page("/dashboard?date=2025-09-30", SignedInAs.role(Role.HR))))
                .containsEntry("Workers in date with supervision", "0.0% (0 of 4)");

        policies.save("999", GROUPS_COUNT, "workforce_lead");

        String html = page("/dashboard?date=2025-09-30", SignedInAs.role(Role.HR));
        assertThat(Html.summary(html)).containsEntry("Workers in date with supervision", "25.0% (1 of 4)");
        assertThat(Html.text(html)).contains("These figures use your authority's own supervision policy");
        String measures = mvc.perform(get("/api/v1/authorities/999/measures?date=2025-09-30").with(SignedInAs.role(Role.HR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonMapper.builder().build().readTree(measures).findValue("supervision_in_date_percent").doubleValue()).isEqualTo(0.0);
    }
}
