package uk.retain.caseload.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.caseload.CaseloadPolicies;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.people.Role;
import uk.retain.support.SignedInAs;
import uk.retain.support.Html;
import uk.retain.web.Days;

/**
 * /teams/{teamId}/caseloads on the small bundle at 30 September 2025: loads against capacity, the team's totals,
 * alerts and unallocated queue, its CSV, the 404 outside scope, and the audit.
 */
class TeamCaseloadsPageTest extends CaseloadPageTest {

    private static final RequestPostProcessor MANAGER_OF_T1 = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);
    private static final String LOADS = "Workers' loads on 30 September 2025";
    private static final String QUEUE = "Cases waiting for a primary worker on 30 September 2025";
    private static final String ALERTS = "Alerts on 30 September 2025";

    @Test
    void eachWorkersLoadAgainstTheirCapByFamilyName() throws Exception {
        String html = page("/teams/T1/caseloads?date=" + CENSUS, MANAGER_OF_T1);

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Caseloads</h1>");
        // W2 (Bob): fixed-term social worker qualified July 2024 (under 2 years), 0.4 FTE: cap 15 x 0.4 = 6; holds K2;
        // absent 29 September to 3 October. TM1 (Eve): team manager, no cap. W1 (Ann): senior social worker qualified
        // 2015, cap 18; holds K1 and co-works K2, which does not count toward her cases.
        assertThat(Html.table(html, LOADS)).containsExactly(
                List.of("Bob Jones", "Social worker", "0.4", "1", "6", "16.7", "Absent", "", "8 September 2025", "Overdue"),
                List.of("Eve Patel", "Team manager", "1", "0", "0", "", "", "", "1 February 2018", "Overdue"),
                List.of("Ann Smith", "Senior social worker", "1", "1", "18", "5.6", "", "", "1 September 2025", "Overdue"));
        assertThat(html).contains("href=\"/workers/W1?date=2025-09-30\"", "href=\"/workers/W2?date=2025-09-30\"")
                .contains("<strong class=\"govuk-tag govuk-tag--grey\">Absent</strong>");
    }

    @Test
    void theTeamsTotals() throws Exception {
        String html = page("/teams/T1/caseloads?date=" + CENSUS, MANAGER_OF_T1);

        assertThat(Html.summary(html))
                .containsEntry("Workers in the team", "3")
                .containsEntry("Workers in case-holding roles", "2 (1.4 FTE)")
                .containsEntry("Cases held as primary worker", "2")
                .containsEntry("Combined cap", "24")
                // 2 cases against 18 + 6
                .containsEntry("Team load", "8.3%")
                .containsEntry("Workers over their cap", "0")
                .containsEntry("Workers absent on the day", "1")
                .containsEntry("Cases waiting for a primary worker", "1")
                .doesNotContainKey("Points held against capacity");
    }

    @Test
    void theUnallocatedQueueHasTheFrontDoorsCaseWithItsWorkingDaysAndAnAlert() throws Exception {
        String html = page("/teams/T1/caseloads?date=" + CENSUS, MANAGER_OF_T1);

        // K5 opened on Saturday 20 September and was never allocated: Monday 22 to Tuesday 30 is 7 working days, over 5.
        assertThat(Html.table(html, QUEUE)).containsExactly(
                List.of("K5", "C005", "Assessment", "No", "20 September 2025", "7 Waiting too long", "Front door: never allocated"));
        assertThat(Html.table(html, ALERTS)).containsExactly(
                List.of("Waiting too long", "K5", "Case K5 has waited 7 working days for a primary worker; the policy alerts after 5"));
        assertThat(html).contains("<h2 class=\"govuk-heading-m\">Alerts (1)</h2>");
    }

    @Test
    void aLongQueueIsOneAlertPointingAtTheQueue() throws Exception {
        // Three more front-door cases, K8 opened on Thursday 18 September (8 working days to the 30th): one alert for four.
        importChanged("cases.csv", text -> text + "K6,C006,,assessment,false,2025-09-20,\nK7,C007,,assessment,false,2025-09-20,\n"
                + "K8,C008,,assessment,false,2025-09-18,\n");

        String html = page("/teams/T1/caseloads?date=" + CENSUS, MANAGER_OF_T1);

        assertThat(Html.table(html, QUEUE)).hasSize(4);
        assertThat(Html.table(html, ALERTS)).containsExactly(List.of("Waiting too long", "4 cases in the queue",
                "4 cases have waited more than 5 working days for a primary worker, the longest 8; each is tagged in the queue below"));
        assertThat(html).contains("href=\"#queue\"").contains("id=\"queue\"");
    }

    @Test
    void everyTeamManagerSeesTheFrontDoorsQueueButOnlyTheirOwnTeamsCases() throws Exception {
        // W3 (T2) stops holding K4 on 15 September: K4 waits in T2's queue, not in T1's.
        importChanged("allocations.csv", text -> text.replace("K4,W3,primary,2025-07-01,,", "K4,W3,primary,2025-07-01,2025-09-15,workload_balance"));

        assertThat(Html.table(page("/teams/T1/caseloads?date=" + CENSUS, MANAGER_OF_T1), QUEUE))
                .extracting(row -> row.get(0)).containsExactly("K5");
        assertThat(Html.table(page("/teams/T2/caseloads?date=" + CENSUS, SignedInAs.role(Role.TEAM_MANAGER, Set.of("T2"), null)), QUEUE))
                .containsExactly(
                        List.of("K4", "C004", "Child in care", "No", "16 September 2025", "10 Waiting too long", "This team: last held here"),
                        List.of("K5", "C005", "Assessment", "No", "20 September 2025", "7 Waiting too long", "Front door: never allocated"));
    }

    @Test
    void overCapIsTaggedAndAnAlertWithTheWorkerLinked() throws Exception {
        CaseloadPolicy tight = new CaseloadPolicy(CaseloadPolicy.DEFAULT.caseHoldingRoles(), 13, 15, 12, 0,
                CaseloadPolicy.DEFAULT.weighting(), 5);
        policies.save("999", tight, "test", CaseloadPolicies.FROM_THE_START);

        String html = page("/teams/T1/caseloads?date=" + CENSUS, MANAGER_OF_T1);

        assertThat(Html.table(html, LOADS)).contains(List.of("Ann Smith", "Senior social worker", "1", "1", "0", "", "", "Over cap", "1 September 2025", "Overdue"));
        assertThat(html).contains("<strong class=\"govuk-tag govuk-tag--red\">Over cap</strong>");
        assertThat(Html.table(html, ALERTS)).contains(List.of("Over cap", "Ann Smith", "Holds 1 case against a cap of 0"));
        assertThat(Html.summary(html)).containsEntry("Workers over their cap", "1");
    }

    @Test
    void aNewlyQualifiedWorkerHoldingCourtWorkWithoutAnAdvancedPractitionerIsAnAlert() throws Exception {
        // W2 becomes an ASYE worker holding K2 (child protection, in court) co-worked by W1, a senior social worker only.
        importChanged("employments.csv", text -> text.replace("W2,fixed_term,social_worker,T1,,0.4,", "W2,fixed_term,asye_social_worker,T1,,0.4,"));

        String html = page("/teams/T1/caseloads?date=" + CENSUS, MANAGER_OF_T1);

        assertThat(Html.table(html, ALERTS)).contains(List.of("Protection rule broken", "Bob Jones",
                "Holds case K2 (child protection and in court proceedings) in their ASYE year without an advanced practitioner or consultant social worker co-working it"));
        // ASYE cap 13 x 0.4 = 5.
        assertThat(Html.table(html, LOADS)).contains(List.of("Bob Jones", "Social worker in ASYE", "0.4", "1", "5", "20.0", "Absent", "", "8 September 2025", "Overdue"));
    }

    @Test
    void withWeightingOnPointsAndCapacityAreShownAndCountTowardTheLoad() throws Exception {
        CaseloadPolicy weighted = new CaseloadPolicy(CaseloadPolicy.DEFAULT.caseHoldingRoles(), 13, 15, 12, 18,
                new CaseloadPolicy.Weighting(true, CaseloadPolicy.Weighting.DEFAULT.categoryPoints(), 3, 3, 100), 5);
        policies.save("999", weighted, "test", CaseloadPolicies.FROM_THE_START);

        String html = page("/teams/T1/caseloads?date=" + CENSUS, MANAGER_OF_T1);

        // Bob: K2 child protection 8 + court 3 = 11 points of 100 x 0.4 = 40: 27.5%, more than 1 case of 6.
        // Ann: K1 child protection 8 + co-working K2 3 = 11 of 100.
        assertThat(Html.table(html, LOADS)).containsExactly(
                List.of("Bob Jones", "Social worker", "0.4", "1", "6", "11", "40", "27.5", "Absent", "", "8 September 2025", "Overdue"),
                List.of("Eve Patel", "Team manager", "1", "0", "0", "0", "0", "", "", "", "1 February 2018", "Overdue"),
                List.of("Ann Smith", "Senior social worker", "1", "1", "18", "11", "100", "11.0", "", "", "1 September 2025", "Overdue"));
        assertThat(Html.summary(html)).containsEntry("Points held against capacity", "22 of 140");
    }

    @Test
    void aTeamManagerGets404ForAnotherTeamsCaseloadsAsForATeamThatDoesNotExist() throws Exception {
        mvc.perform(get("/teams/T2/caseloads").with(MANAGER_OF_T1)).andExpect(status().isNotFound());
        mvc.perform(get("/teams/T2/caseloads.csv").with(MANAGER_OF_T1)).andExpect(status().isNotFound());
        mvc.perform(get("/teams/T9/caseloads").with(MANAGER_OF_T1)).andExpect(status().isNotFound());
        mvc.perform(get("/teams/T9/caseloads").with(SignedInAs.role(Role.HR))).andExpect(status().isNotFound());
        assertThat(audited()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"SOCIAL_WORKER", "ADMINISTRATOR", "REGIONAL_ANALYST"})
    void rolesWithoutTeamsGet404(Role role) throws Exception {
        mvc.perform(get("/teams/T1/caseloads").with(SignedInAs.role(role, Set.of(), "W1"))).andExpect(status().isNotFound());
        mvc.perform(get("/teams/T1/caseloads.csv").with(SignedInAs.role(role, Set.of(), "W1"))).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @EnumSource(names = {"WORKFORCE_LEAD", "HR", "SENIOR_LEADER"})
    void wholeAuthorityRolesSeeEveryTeam(Role role) throws Exception {
        // W3: agency social worker with no qualification date recorded: the early-career cap of 15; holds K4.
        assertThat(Html.table(page("/teams/T2/caseloads?date=" + CENSUS, SignedInAs.role(role)), LOADS))
                .containsExactly(List.of("Cal Khan", "Social worker", "1", "1", "15", "6.7", "", "", "1 August 2025", "Overdue"));
    }

    @Test
    void theTeamPageLinksToItsCaseloads() throws Exception {
        assertThat(page("/teams/T1?date=" + CENSUS, MANAGER_OF_T1)).contains("href=\"/teams/T1/caseloads?date=2025-09-30\"");
        assertThat(page("/teams/T1/caseloads?date=" + CENSUS, MANAGER_OF_T1))
                .contains("href=\"/teams/T1?date=2025-09-30\"", "href=\"/caseload-policy\"");
    }

    @Test
    void aViewIsAuditedAsAViewOfTheTeam() throws Exception {
        page("/teams/T1/caseloads?date=" + CENSUS, MANAGER_OF_T1);

        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("username", "team_manager").containsEntry("la_code", "999").containsEntry("action", "VIEW")
                .containsEntry("subject_type", "team").containsEntry("subject_id", "T1")
                .containsEntry("detail", "caseloads on 2025-09-30, 3 worker(s)"));
    }

    @Test
    void theDownloadHasTheColumnsAndRowsOfThePageAndIsAudited() throws Exception {
        assertThat(csv("/teams/T1/caseloads.csv?date=" + CENSUS, MANAGER_OF_T1)).containsExactly(
                "name,job_role,fte,cases,cap,load_percent,absent,over_cap,next_supervision,supervision_overdue",
                "Bob Jones,Social worker,0.4,1,6,16.7,Absent,,2025-09-08,Overdue",
                "Eve Patel,Team manager,1,0,0,,,,2018-02-01,Overdue",
                "Ann Smith,Senior social worker,1,1,18,5.6,,,2025-09-01,Overdue");

        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("action", "EXPORT").containsEntry("subject_type", "team").containsEntry("subject_id", "T1"));
    }

    @Test
    void aDateThatIsNotADateIsAnErrorOnTheDateFieldOfThePageForToday() throws Exception {
        String html = mvc.perform(get("/teams/T1/caseloads?date=30/09/2025").with(MANAGER_OF_T1))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s*\n\\s*", " ");

        String error = "Enter a real date as year, month and day, for example 2025-09-30, from 1 January 1900 to 31 December 2200";
        assertThat(html).contains("<title>Error: Caseloads: North CP – Retain</title>")
                .contains("<li><a href=\"#date\">" + error + "</a></li>")
                .contains("<div class=\"govuk-form-group govuk-form-group--error\">")
                .as("the field keeps what was asked").contains(input("30/09/2025", true))
                .as("the page for today, its links without the bad date")
                .contains("Each worker&#39;s load on " + Days.written(LocalDate.now()))
                .doesNotContain("date=30");
    }

    @Test
    void theDateFieldHoldsTheDateShown() throws Exception {
        String html = page("/teams/T1/caseloads?date=" + CENSUS, MANAGER_OF_T1).replaceAll("\\s*\n\\s*", " ");

        assertThat(html).contains(input("2025-09-30", false)).doesNotContain("govuk-error-summary");
    }

    /** The date field as the page writes it (its attributes on one line). */
    private static String input(String value, boolean error) {
        return "<input class=\"govuk-input govuk-input--width-10" + (error ? " govuk-input--error" : "") + "\" id=\"date\""
                + " name=\"date\" type=\"text\" spellcheck=\"false\" value=\"" + value + "\" aria-describedby=\"date-hint"
                + (error ? " date-error" : "") + "\">";
    }

    @Test
    void queueDatesStayOnOneLineAndWideTablesScrollInTheirOwnRegion() throws Exception {
        String html = page("/teams/T1/caseloads?date=" + CENSUS, MANAGER_OF_T1);

        assertThat(html).contains("<td class=\"govuk-table__cell retain-date\">20 September 2025</td>");
        for (String caption : List.of(LOADS, QUEUE)) {
            assertThat(html).contains("<div class=\"retain-table-container\" role=\"region\" tabindex=\"0\" aria-label=\""
                    + caption.replace("'", "&#39;") + "\">");
        }
    }
}
