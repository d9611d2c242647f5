package uk.retain.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.people.Account;
import uk.retain.people.Role;
import uk.retain.support.SignedInAs;
import uk.retain.support.Html;

/** /workers/{workerId}: the record on a date, who may see it (404 otherwise), personal details, CSV, audit. */
class WorkerPageTest extends WorkforcePageTest {

    private static final RequestPostProcessor MANAGER_OF_T1 = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);
    private static final String W1 = "/workers/W1?date=" + CENSUS;

    @Test
    void showsTheCasesHeldOnTheDateAsPrimaryAndAsCoWorker() throws Exception {
        String html = page(W1, MANAGER_OF_T1);

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Ann Smith</h1>");
        assertThat(Html.table(html, "Cases held on 30 September 2025")).containsExactly(
                List.of("K1", "C001", "Child protection", "No", "Primary worker", "16 August 2025"),
                List.of("K2", "C002", "Child protection", "Yes", "Co-worker", "16 August 2025"));
        assertThat(html).as("a date on one line").contains("<td class=\"govuk-table__cell retain-date\">");
    }

    @Test
    void showsEveryEmploymentRowNewestFirst() throws Exception {
        String html = page("/workers/W2?date=" + CENSUS, MANAGER_OF_T1);

        assertThat(Html.table(html, "Employment history")).containsExactly(
                List.of("North CP", "Social worker", "Fixed term", "0.4", "1 September 2024", "Current", ""),
                List.of("South CIN", "Social worker in ASYE", "Permanent", "0.6", "1 September 2024", "30 June 2025", ""));
        assertThat(Html.table(page("/workers/W1?date=" + CENSUS, MANAGER_OF_T1), "Employment history")).containsExactly(
                List.of("North CP", "Senior social worker", "Permanent", "1", "1 April 2025", "Current", ""),
                List.of("North CP", "Social worker", "Permanent", "1", "1 January 2020", "31 March 2025", ""));
    }

    @Test
    void showsRecentAllocationsAndSupervision() throws Exception {
        String html = page(W1, MANAGER_OF_T1);

        assertThat(Html.table(html, "Allocations started in the 90 days to 30 September 2025")).containsExactly(
                List.of("K1", "C001", "Child protection", "Primary worker", "16 August 2025", "Still allocated", ""),
                List.of("K2", "C002", "Child protection", "Co-worker", "16 August 2025", "Still allocated", ""));
        assertThat(Html.table(html, "Supervision")).containsExactly(
                List.of("5 September 2025", "Group", "120", "Eve Patel"),
                List.of("1 August 2025", "One-to-one", "90", "Eve Patel"));
    }

    @Test
    void aLeaverShowsWhyTheyLeftAndNoCurrentTeam() throws Exception {
        String html = page("/workers/W4?date=" + CENSUS, SignedInAs.role(Role.WORKFORCE_LEAD));

        assertThat(Html.summary(html)).containsEntry("Team on 30 September 2025", "Not in employment on this date");
        assertThat(Html.table(html, "Employment history")).containsExactly(
                List.of("South CIN", "Advanced practitioner", "Permanent", "0.8", "1 May 2019", "15 August 2025", "Resignation"));
        assertThat(Html.table(html, "Cases held on 30 September 2025")).containsExactly(List.of("None."));
    }

    @Test
    void personalDetailsAreShownToHr() throws Exception {
        String html = page(W1, SignedInAs.role(Role.HR));

        assertThat(Html.summary(html)).containsEntry("Date of birth", "11 February 1985")
                .containsEntry("Gender", "Female").containsEntry("Ethnicity", "White British");
        assertThat(audited()).singleElement().satisfies(event -> assertThat((String) event.get("detail")).contains("personal details"));
    }

    @ParameterizedTest
    @EnumSource(names = {"TEAM_MANAGER", "WORKFORCE_LEAD", "SENIOR_LEADER"})
    void personalDetailsAreHiddenFromEveryoneElse(Role role) throws Exception {
        String html = page(W1, SignedInAs.role(role, Set.of("T1"), null));

        assertThat(html).doesNotContain("Personal details", "Date of birth", "1985", "Female", "White British", "WBRI");
    }

    @Test
    void aSocialWorkerDoesNotSeeTheirOwnPersonalDetailsHere() throws Exception {
        String html = page(W1, SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W1"));

        assertThat(html).contains("Ann Smith").doesNotContain("Date of birth", "1985");
    }

    @Test
    void aTeamManagerSeesTheirTeamsWorkersAndGets404ForAWorkerOnlyInAnotherTeam() throws Exception {
        page("/workers/W1", MANAGER_OF_T1);
        page("/workers/TM1", MANAGER_OF_T1);
        page("/workers/W2", MANAGER_OF_T1); // in T2 until June 2025, and in T1 too

        for (String other : List.of("W3", "W4")) { // only ever in T2
            mvc.perform(get("/workers/" + other).with(MANAGER_OF_T1)).andExpect(status().isNotFound());
            mvc.perform(get("/workers/" + other + "?date=2025-01-31").with(MANAGER_OF_T1)).andExpect(status().isNotFound());
            mvc.perform(get("/workers/" + other + "/cases.csv").with(MANAGER_OF_T1)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/workers/W99").with(MANAGER_OF_T1)).andExpect(status().isNotFound());
        assertThat(audited()).extracting(event -> event.get("subject_id")).containsExactly("W1", "TM1", "W2");
    }

    @Test
    void aSocialWorkerSeesOnlyTheirOwnRecord() throws Exception {
        RequestPostProcessor bob = SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W2");

        assertThat(page("/workers/W2", bob)).contains("Bob Jones");
        mvc.perform(get("/workers/W1").with(bob)).andExpect(status().isNotFound());
        mvc.perform(get("/workers/W1/cases.csv").with(bob)).andExpect(status().isNotFound());
        mvc.perform(get("/workers/W2").with(SignedInAs.role(Role.SOCIAL_WORKER))).andExpect(status().isNotFound());
    }

    @Test
    void nothingCrossesAuthorities() throws Exception {
        RequestPostProcessor otherton = SignedInAs.account(new Account("hr998", "HR of 998", Role.HR, "998", null, Set.of(), null));

        mvc.perform(get("/workers/W1").with(otherton)).andExpect(status().isNotFound());
        mvc.perform(get("/teams/T1").with(otherton)).andExpect(status().isNotFound());
    }

    @Test
    void administratorsAndRegionalAnalystsSeeNoWorker() throws Exception {
        mvc.perform(get("/workers/W1").with(SignedInAs.role(Role.ADMINISTRATOR))).andExpect(status().isNotFound());
        mvc.perform(get("/workers/W1").with(SignedInAs.role(Role.REGIONAL_ANALYST))).andExpect(status().isNotFound());
    }

    @Test
    void everyViewIsAudited() throws Exception {
        page(W1, MANAGER_OF_T1);
        page(W1 + "&sort=since", MANAGER_OF_T1);

        assertThat(audited()).hasSize(2).allSatisfy(event -> assertThat(event)
                .containsEntry("username", "team_manager").containsEntry("action", "VIEW")
                .containsEntry("subject_type", "worker").containsEntry("subject_id", "W1"));
    }

    @Test
    void theCasesDownloadHasTheColumnsAndRowsOfThePageAndIsAuditedAsAnExport() throws Exception {
        assertThat(csv("/workers/W1/cases.csv?date=" + CENSUS, MANAGER_OF_T1)).containsExactly(
                "case_id,child_id,category,court_proceedings,role,since",
                "K1,C001,Child protection,No,Primary worker,2025-08-16",
                "K2,C002,Child protection,Yes,Co-worker,2025-08-16");

        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("action", "EXPORT").containsEntry("subject_type", "worker").containsEntry("subject_id", "W1"));
    }

    private static final RequestPostProcessor MANAGER_OF_T2 = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T2"), null);

    /** W1 in T2 until 31 March 2025, in T1 since: the manager of T2 had them once, and no longer. */
    private void annMovedFromT2ToT1() throws Exception {
        importChanged("employments.csv", rows -> rows.replace("W1,permanent,social_worker,T1,", "W1,permanent,social_worker,T2,"));
    }

    @Test
    void aManagerGets404ForAWorkerWhoHasLeftTheirTeamAsForAnUnknownId() throws Exception {
        annMovedFromT2ToT1();
        var unknown = mvc.perform(get("/workers/W99?date=" + CENSUS).with(MANAGER_OF_T2)).andReturn().getResponse();
        var unknownCsv = mvc.perform(get("/workers/W99/cases.csv?date=" + CENSUS).with(MANAGER_OF_T2)).andReturn().getResponse();

        for (String url : List.of("/workers/W1?date=" + CENSUS, "/workers/W1")) {
            var moved = mvc.perform(get(url).with(MANAGER_OF_T2)).andReturn().getResponse();
            assertThat(moved.getStatus()).as(url).isEqualTo(404).isEqualTo(unknown.getStatus());
        }
        var movedCsv = mvc.perform(get("/workers/W1/cases.csv?date=" + CENSUS).with(MANAGER_OF_T2)).andReturn().getResponse();
        assertThat(movedCsv.getStatus()).isEqualTo(404).isEqualTo(unknownCsv.getStatus());
        // W2 was in T2 until 30 June 2025 and is in T1 only on the census date.
        mvc.perform(get("/workers/W2?date=" + CENSUS).with(MANAGER_OF_T2)).andExpect(status().isNotFound());
        mvc.perform(get("/workers/W2/cases.csv?date=" + CENSUS).with(MANAGER_OF_T2)).andExpect(status().isNotFound());
        assertThat(audited()).isEmpty();
    }

    @Test
    void onADateWhenTheWorkerWasInTheTeamTheManagerSeesThemThenAndIsToldTheyMoved() throws Exception {
        annMovedFromT2ToT1();
        String html = page("/workers/W1?date=2024-12-31", MANAGER_OF_T2);

        assertThat(Html.text(html)).contains("Ann Smith moved out of your teams after 31 March 2025. "
                + "You see their record only on dates when they were in your teams, with the cases they held there.");
        assertThat(Html.table(html, "Cases held on 31 December 2024")).containsExactly(
                List.of("K4", "C004", "Child in care", "No", "Primary worker", "1 March 2023"));
        // Where they went afterwards is not the manager's: the row in T1 that starts after the date is not shown.
        assertThat(Html.table(html, "Employment history")).containsExactly(
                List.of("South CIN", "Social worker", "Permanent", "1", "1 January 2020", "31 March 2025", ""));
        assertThat(csv("/workers/W1/cases.csv?date=2024-12-31", MANAGER_OF_T2)).containsExactly(
                "case_id,child_id,category,court_proceedings,role,since", "K4,C004,Child in care,No,Primary worker,2023-03-01");
        assertThat(page("/workers/W1?date=2024-12-31", SignedInAs.role(Role.HR))).as("whole-authority roles are not told")
                .doesNotContain("moved out of your teams");
        assertThat(page("/workers/W1?date=" + CENSUS, MANAGER_OF_T1)).as("the new team's manager is not told")
                .doesNotContain("moved out of your teams");
    }

    @Test
    void aManagerSeesOnlyTheCasesHeldInTheirTeams() throws Exception {
        // On 30 June 2025 W2 is in T2 (0.6, their main team, where they hold K3) and in T1 (0.4).
        String inT2 = page("/workers/W2?date=2025-06-30", MANAGER_OF_T2);
        assertThat(Html.table(inT2, "Cases held on 30 June 2025")).containsExactly(
                List.of("K3", "C003", "Child in need", "No", "Primary worker", "15 January 2025"));
        assertThat(Html.text(inT2)).contains("Bob Jones moved out of your teams after 30 June 2025.");

        String inT1 = page("/workers/W2?date=2025-06-30", MANAGER_OF_T1);
        assertThat(Html.table(inT1, "Cases held on 30 June 2025")).containsExactly(List.of("None."));
        assertThat(Html.text(inT1)).contains("Bob Jones holds their cases on this date in a team that is not yours, so they are not listed here.")
                .doesNotContain("moved out of your teams");
        assertThat(csv("/workers/W2/cases.csv?date=2025-06-30", MANAGER_OF_T1)).containsExactly(
                "case_id,child_id,category,court_proceedings,role,since");
        assertThat(Html.table(page("/workers/W2?date=2025-06-30", SignedInAs.role(Role.SENIOR_LEADER)), "Cases held on 30 June 2025"))
                .as("a whole-authority role sees every team's").hasSize(1);
    }
}
