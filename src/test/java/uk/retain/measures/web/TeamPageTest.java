package uk.retain.measures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.people.Role;
import uk.retain.support.SignedInAs;
import uk.retain.support.Html;
import uk.retain.support.PageTest;

/** /teams/{teamId}: a team's measures and workers on a date, its CSV, the 404 outside scope, and the audit. */
class TeamPageTest extends PageTest {

    private static final RequestPostProcessor MANAGER_OF_T1 = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);
    private static final String WORKERS = "Workers in the team on 30 September 2025";

    @Test
    void aDateFormShowsTheTeamOnAnotherDay() throws Exception {
        String html = page("/teams/T1?date=" + CENSUS, MANAGER_OF_T1);

        assertThat(html).contains("<form action=\"/teams/T1\" method=\"get\"")
                .contains("<label class=\"govuk-label\" for=\"date\">Show this page on another day</label>")
                .contains("name=\"date\" type=\"text\" inputmode=\"numeric\"")
                .contains("value=\"2025-09-30\"");
    }

    @Test
    void showsTheTeamsHeadlineMeasuresRoundedToOneDecimalPlace() throws Exception {
        String html = page("/teams/T1?date=" + CENSUS, MANAGER_OF_T1);

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">North CP</h1>");
        assertThat(Html.summary(html))
                .containsEntry("In post (FTE)", "2.4")
                .containsEntry("In post (headcount)", "3")
                .containsEntry("Agency workers (headcount)", "0")
                .containsEntry("Cases held", "2")
                .containsEntry("Case holders (FTE)", "1.4")
                // 2 cases / 1.4 FTE = 1.428…
                .containsEntry("Average caseload per case-holding FTE", "1.4")
                // W1 and TM1 qualified more than 2 years before; W2 in July 2024: 2 of 3
                .containsEntry("Workers qualified over 2 years", "66.7%")
                .containsEntry("Workers holding over 20 cases", "0");
    }

    @Test
    void listsTheWorkersInTheTeamOnTheDateByFamilyName() throws Exception {
        String html = page("/teams/T1?date=" + CENSUS, MANAGER_OF_T1);

        assertThat(Html.table(html, WORKERS)).containsExactly(
                List.of("Bob Jones", "Social worker", "Fixed term", "0.4", "1"),
                List.of("Eve Patel", "Team manager", "Permanent", "1", "0"),
                List.of("Ann Smith", "Senior social worker", "Permanent", "1", "1"));
        assertThat(html).contains("href=\"/workers/W1?date=2025-09-30\"", "href=\"/workers/W2?date=2025-09-30\"");
    }

    @Test
    void aWorkerWhoLeftIsNoLongerListedAndAnAgencyWorkerIs() throws Exception {
        String html = page("/teams/T2?date=" + CENSUS, SignedInAs.role(Role.HR));

        // W4 left T2 on 15 August 2025; W3 is the agency worker covering since July.
        assertThat(Html.table(html, WORKERS)).containsExactly(List.of("Cal Khan", "Social worker", "Agency", "1", "1"));
        assertThat(html).doesNotContain("Okafor");

        String before = page("/teams/T2?date=2025-06-30", SignedInAs.role(Role.HR));
        assertThat(Html.table(before, "Workers in the team on 30 June 2025")).containsExactly(
                List.of("Bob Jones", "Social worker in ASYE", "Permanent", "0.6", "1"),
                List.of("Dee Okafor, Jr", "Advanced practitioner", "Permanent", "0.8", "3"));
    }

    @Test
    void aTeamManagerGets404ForAnotherTeamAsForATeamThatDoesNotExist() throws Exception {
        mvc.perform(get("/teams/T2").with(MANAGER_OF_T1)).andExpect(status().isNotFound());
        mvc.perform(get("/teams/T2/workers.csv").with(MANAGER_OF_T1)).andExpect(status().isNotFound());
        mvc.perform(get("/teams/T9").with(MANAGER_OF_T1)).andExpect(status().isNotFound());
        mvc.perform(get("/teams/T9").with(SignedInAs.role(Role.HR))).andExpect(status().isNotFound());
        assertThat(audited()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SOCIAL_WORKER", "ADMINISTRATOR", "REGIONAL_ANALYST"})
    void rolesWithoutTeamsGet404(String role) throws Exception {
        mvc.perform(get("/teams/T1").with(SignedInAs.role(Role.valueOf(role), Set.of(), "W1"))).andExpect(status().isNotFound());
    }

    @Test
    void aViewOfTheWorkerListIsAudited() throws Exception {
        page("/teams/T1?date=" + CENSUS, MANAGER_OF_T1);

        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("username", "team_manager").containsEntry("la_code", "999").containsEntry("action", "VIEW")
                .containsEntry("subject_type", "team").containsEntry("subject_id", "T1"));
    }

    @Test
    void theWorkersDownloadHasTheColumnsAndRowsOfThePageAndIsAudited() throws Exception {
        assertThat(csv("/teams/T1/workers.csv?date=" + CENSUS, MANAGER_OF_T1)).containsExactly(
                "name,job_role,contract,fte,cases",
                "Bob Jones,Social worker,Fixed term,0.4,1",
                "Eve Patel,Team manager,Permanent,1,0",
                "Ann Smith,Senior social worker,Permanent,1,1");

        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("action", "EXPORT").containsEntry("subject_type", "team").containsEntry("subject_id", "T1"));
    }

    @Test
    void aWorkerWhoseMainTeamIsAnotherHoldsNoCasesInThisTeamSoTheColumnAddsUpToTheTeamsCases() throws Exception {
        // On 30 June 2025 W2 is 0.6 in T2 (main team, holding K3) and 0.4 in T1.
        String html = page("/teams/T1?date=2025-06-30", MANAGER_OF_T1);

        assertThat(Html.table(html, "Workers in the team on 30 June 2025")).contains(
                List.of("Bob Jones", "Social worker", "Fixed term", "0.4", "0"));
        assertThat(Html.summary(html)).containsEntry("Cases held", "0");
        assertThat(csv("/teams/T1/workers.csv?date=2025-06-30", MANAGER_OF_T1)).contains("Bob Jones,Social worker,Fixed term,0.4,0");
    }
}
