package uk.retain.measures.web;

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
import uk.retain.support.Html;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;
import uk.retain.web.Days;

/** /teams: which teams each role sees, their headline figures on a date, and the CSV download. */
class TeamsPageTest extends PageTest {

    private static final String CAPTION = "Teams on 30 September 2025";
    private static final List<String> NORTH = List.of("North CP", "Child protection", "North", "3", "0", "2", "1.4", "0");
    private static final List<String> SOUTH = List.of("South CIN", "Children in need", "South", "0", "1", "1", "1.0", "0");

    @Test
    void aTeamManagerSeesOnlyTheirOwnTeams() throws Exception {
        String html = page("/teams?date=" + CENSUS, SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null));

        assertThat(Html.table(html, CAPTION)).containsExactly(NORTH);
        assertThat(html).doesNotContain("South CIN").doesNotContain("/teams/T2");
    }

    @ParameterizedTest
    @EnumSource(names = {"WORKFORCE_LEAD", "HR", "SENIOR_LEADER"})
    void rolesOfTheWholeAuthoritySeeEveryTeam(Role role) throws Exception {
        String html = page("/teams?date=" + CENSUS, SignedInAs.role(role));

        assertThat(Html.table(html, CAPTION)).containsExactly(NORTH, SOUTH);
    }

    @Test
    void eachTeamLinksToItsPageOnTheSameDateAndSortingKeepsTheDate() throws Exception {
        String html = page("/teams?date=" + CENSUS, SignedInAs.role(Role.HR));

        assertThat(html).contains("href=\"/teams/T1?date=2025-09-30\"", "href=\"/teams/T2?date=2025-09-30\"")
                .contains("href=\"?sort=cases&amp;dir=asc&amp;date=2025-09-30\"")
                .contains("href=\"/teams.csv?date=2025-09-30\"");
    }

    @Test
    void sortsByAColumnOnRequest() throws Exception {
        String html = page("/teams?date=" + CENSUS + "&sort=agency_headcount&dir=desc", SignedInAs.role(Role.HR));

        assertThat(Html.table(html, CAPTION)).containsExactly(SOUTH, NORTH);
    }

    @Test
    void withoutADateTheListIsForToday() throws Exception {
        String html = page("/teams", SignedInAs.role(Role.HR));

        assertThat(html).contains("Teams on " + Days.written(java.time.LocalDate.now()));
        assertThat(Html.table(html, "Teams on " + Days.written(java.time.LocalDate.now()))).hasSize(2);
    }

    @Test
    void anAuthorityWithoutARegisterIsToldSoAndSeesNoOtherAuthoritysTeams() throws Exception {
        RequestPostProcessor otherton = SignedInAs.account(new Account("hr998", "HR of 998", Role.HR, "998", null, Set.of(), null));

        String html = page("/teams", otherton);

        assertThat(html).contains("No workforce data has been imported for your authority yet.")
                .doesNotContain("North CP", "South CIN", "govuk-table");
    }

    @ParameterizedTest
    @EnumSource(names = {"SOCIAL_WORKER", "ADMINISTRATOR", "REGIONAL_ANALYST"})
    void rolesWithoutTeamsAreRefused(Role role) throws Exception {
        mvc.perform(get("/teams").with(SignedInAs.role(role, Set.of(), "W1"))).andExpect(status().isForbidden());
        mvc.perform(get("/teams.csv").with(SignedInAs.role(role, Set.of(), "W1"))).andExpect(status().isForbidden());
    }

    @Test
    void theCsvHasTheColumnsAndTheRowsOfThePage() throws Exception {
        assertThat(csv("/teams.csv?date=" + CENSUS, SignedInAs.role(Role.SENIOR_LEADER))).containsExactly(
                "team,service,locality,inpost_headcount,agency_headcount,cases,caseload_fte,workers_over_20_cases",
                String.join(",", NORTH),
                String.join(",", SOUTH));
        assertThat(csv("/teams.csv?date=" + CENSUS, SignedInAs.role(Role.TEAM_MANAGER, Set.of("T2"), null)))
                .containsExactly("team,service,locality,inpost_headcount,agency_headcount,cases,caseload_fte,workers_over_20_cases",
                        String.join(",", SOUTH));
    }

    @Test
    void theDownloadIsAudited() throws Exception {
        csv("/teams.csv?date=" + CENSUS, SignedInAs.role(Role.HR));

        assertThat(audited()).singleElement().satisfies(event -> {
            assertThat(event).containsEntry("username", "hr").containsEntry("action", "EXPORT")
                    .containsEntry("subject_type", "teams").containsEntry("subject_id", "999");
        });
    }

    @Test
    void anAddressWithAMalformedDateIsABadRequest() throws Exception {
        mvc.perform(get("/teams?date=30/09/2025").with(SignedInAs.role(Role.HR))).andExpect(status().isBadRequest());
    }
}
