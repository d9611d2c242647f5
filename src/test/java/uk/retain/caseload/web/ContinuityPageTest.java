package uk.retain.caseload.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.people.Role;
import uk.retain.support.Html;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/**
 * /continuity on the small bundle for the 12 months to 30 September 2025: the authority's figures, by team and over
 * time for the whole-authority roles; a team manager's own teams only; the refusals, the bad date and the audit.
 *
 * <p>By hand: four children had a primary worker in the year. C004 had W1, W4 and W3 (3 workers, 3 allocations);
 * C001 and C002 had W4 then W1 or W2 (2 each); C003 had W2 (1). So 1 of 4 (25.0%) with 3 or more, 8 / 4 = 2.0
 * allocations per child. Cases opened in the year: K3 (allocated the day it opened, 0 days) and K5 (never allocated).
 */
class ContinuityPageTest extends PageTest {

    private static final RequestPostProcessor MANAGER_OF_T1 = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);
    private static final String BY_TEAM = "By team: the 12 months to 30 September 2025";
    private static final String NONE = "– no figure";

    @ParameterizedTest
    @EnumSource(names = {"WORKFORCE_LEAD", "HR", "SENIOR_LEADER"})
    void wholeAuthorityRolesSeeTheAuthoritysFigures(Role role) throws Exception {
        String html = page("/continuity?date=" + CENSUS, SignedInAs.role(role));

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Continuity for children</h1>", "Exampleshire: the 12 months to 30 September 2025");
        assertThat(Html.summary(html)).containsExactly(
                Map.entry("Children with a primary social worker", "4"),
                Map.entry("Children with 3 or more primary social workers", "1"),
                Map.entry("Percentage with 3 or more primary social workers", "25.0%"),
                Map.entry("Primary allocations per child", "2.0"),
                Map.entry("Cases opened", "2"),
                Map.entry("Cases opened that have had a primary social worker", "1"),
                Map.entry("Cases opened that are still waiting for a primary social worker", "1"),
                // K3 was allocated the day it opened; K5 has waited 10 days so far.
                Map.entry("Median days from a case opening to its first primary social worker", "5"));
        assertThat(html).contains("For comparison, in England 26.6% of children in care had 3 or more social workers"
                + " in the year to 31 March 2024");
    }

    @Test
    void eachTeamsFiguresWithADashWhereThereIsNone() throws Exception {
        String html = page("/continuity?date=" + CENSUS, SignedInAs.role(Role.WORKFORCE_LEAD));

        // A child counts to their latest worker's team: C001 (W1), C002 (W2), C003 (W2's T1 row) to T1, 5 allocations
        // over 3 children; C004 (W3) to T2. K3 opened to T1; K5 has had no worker, so no team.
        assertThat(Html.table(html, BY_TEAM)).containsExactly(
                List.of("North CP", "3", "0", "0.0", "1.7", "1", "0"),
                List.of("South CIN", "1", "1", "100.0", "3.0", "0", NONE));
        assertThat(html).contains("href=\"/teams/T1?date=2025-09-30\"");
    }

    @Test
    void theAuthorityOverTimeAtEachCensusDate() throws Exception {
        String html = page("/continuity?date=" + CENSUS, SignedInAs.role(Role.SENIOR_LEADER));

        // 2023: C004 with W1 since K4 opened on 1 March 2023. 2024: C001, C002 (W4, from K1 and K2 opening on 1 June
        // 2024) and C004 (W1). Nothing before 2023.
        assertThat(Html.table(html, "Exampleshire over time")).containsExactly(
                List.of("30 September 2022", "0", "0", NONE, NONE, "0", NONE),
                List.of("30 September 2023", "1", "0", "0.0", "1.0", "1", "0"),
                List.of("30 September 2024", "3", "0", "0.0", "1.0", "2", "0"),
                // K5, opened on 20 September 2025, has waited 10 days by the 30th: the median of 0 and 10 is 5.
                List.of("30 September 2025", "4", "1", "25.0", "2.0", "2", "5"));
    }

    @Test
    void theOverTimeDatesAreTheLastThreeCensusDatesBeforeTheDayThenTheDay() {
        assertThat(ContinuityPageController.timePoints(LocalDate.parse("2025-10-15")))
                .extracting(Object::toString).containsExactly("2023-09-30", "2024-09-30", "2025-09-30", "2025-10-15");
    }

    @Test
    void aTeamManagerSeesOnlyTheirTeamsRowsAndNoAuthorityTotals() throws Exception {
        String html = page("/continuity?date=" + CENSUS, MANAGER_OF_T1);

        assertThat(Html.table(html, BY_TEAM)).containsExactly(List.of("North CP", "3", "0", "0.0", "1.7", "1", "0"));
        // In 2024 C004 was W1's (T1); C001 and C002 were W4's (T2), as were K1 and K2 when they opened.
        assertThat(Html.table(html, "North CP over time")).containsExactly(
                List.of("30 September 2022", "0", "0", NONE, NONE, "0", NONE),
                List.of("30 September 2023", "1", "0", "0.0", "1.0", "1", "0"),
                List.of("30 September 2024", "1", "0", "0.0", "1.0", "0", NONE),
                List.of("30 September 2025", "3", "0", "0.0", "1.7", "1", "0"));
        assertThat(Html.summary(html)).isEmpty();
        assertThat(html).doesNotContain("Exampleshire", "South CIN");
    }

    @ParameterizedTest
    @EnumSource(names = {"SOCIAL_WORKER", "REGIONAL_ANALYST", "ADMINISTRATOR"})
    void rolesWithoutTeamsAreRefused(Role role) throws Exception {
        mvc.perform(get("/continuity").with(SignedInAs.role(role, Set.of(), "W1"))).andExpect(status().isForbidden());
        assertThat(audited()).isEmpty();
    }

    @Test
    void aDateThatIsNotADateIsABadRequest() throws Exception {
        mvc.perform(get("/continuity?date=30/09/2025").with(SignedInAs.role(Role.HR))).andExpect(status().isBadRequest());
    }

    @Test
    void aViewIsAudited() throws Exception {
        page("/continuity?date=" + CENSUS, MANAGER_OF_T1);

        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("username", "team_manager").containsEntry("la_code", "999").containsEntry("action", "VIEW")
                .containsEntry("subject_type", "continuity").containsEntry("subject_id", "999")
                .containsEntry("detail", "continuity on 2025-09-30, 1 team(s)"));
    }

    @Test
    void theNavigationAndTheTeamsCaseloadsLinkToIt() throws Exception {
        assertThat(page("/continuity?date=" + CENSUS, MANAGER_OF_T1)).contains("href=\"/continuity\"");
        assertThat(page("/teams/T1/caseloads?date=" + CENSUS, MANAGER_OF_T1)).contains("href=\"/continuity?date=2025-09-30\"");
    }
}
