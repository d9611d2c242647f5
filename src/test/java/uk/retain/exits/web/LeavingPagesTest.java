package uk.retain.exits.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.exits.LeavingInterview;
import uk.retain.exits.LeavingInterviewsFile;
import uk.retain.exits.LeavingReason;
import uk.retain.exits.SurveyResponse;
import uk.retain.exits.SurveyResponsesFile;
import uk.retain.people.Role;
import uk.retain.support.Html;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Bundles;

/**
 * The leaving, staff survey and risk signals pages on the small bundle, where W4 (Dee Okafor, Jr, an advanced
 * practitioner of South CIN since May 2019, qualified in 2010) resigns on 15 August 2025 for another authority.
 */
class LeavingPagesTest extends PageTest {

    static final RequestPostProcessor LEADER = SignedInAs.role(Role.SENIOR_LEADER);
    static final RequestPostProcessor MANAGER = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);
    static final String YEAR = "/leaving?from=2024-10-01&to=2025-09-30";

    @Test
    void theLeaverIsCountedByEveryBreakdownAndNoOneIsNamed() throws Exception {
        registers.replace(Bundles.read(SMALL).withRows(LeavingInterviewsFile.class, List.of(new LeavingInterview("W4",
                LocalDate.of(2025, 8, 1), LeavingReason.CASELOAD, List.of(LeavingReason.MANAGEMENT), false, true))));
        String page = page(YEAR, LEADER);
        assertThat(Html.summary(page)).containsEntry("Leavers", "1").containsEntry("Left with under 1 year's service", "0")
                .containsEntry("Left with under 2 years' service", "0").containsEntry("Had an exit interview", "1 (100.0% of leavers)")
                .containsEntry("Would come back", "0 of the 1 asked (0.0%)").containsEntry("Would recommend the council as an employer",
                        "1 of the 1 asked (100.0%)");
        assertThat(Html.table(page, "By reason for leaving (census)")).containsExactly(List.of("Resignation", "1", "100.0%"));
        assertThat(Html.table(page, "By main reason given at the exit interview")).containsExactly(List.of("Caseload", "1", "100.0%"));
        assertThat(Html.table(page, "By any reason given at the exit interview (main or other)"))
                .containsExactly(List.of("Caseload", "1", "100.0%"), List.of("Management", "1", "100.0%"));
        assertThat(Html.table(page, "By destination")).containsExactly(List.of("Another English local authority", "1", "100.0%"));
        assertThat(Html.table(page, "By length of service")).contains(List.of("5 to 9 years", "1", "100.0%"), List.of("Under 1 year", "0", "0.0%"));
        assertThat(Html.table(page, "By years since qualifying")).contains(List.of("10 to 19", "1", "100.0%"));
        assertThat(Html.table(page, "By team")).containsExactly(List.of("South CIN", "1", "100.0%"));
        assertThat(Html.table(page, "By team manager on the day they left")).containsExactly(List.of("No team manager in post", "1", "100.0%"));
        assertThat(page).doesNotContain("Okafor");
    }

    @Test
    void theSurveyHidesASmallTeamAndTheTeamTheTotalWouldReveal() throws Exception {
        List<SurveyResponse> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(new SurveyResponse("pulse-2025", "R" + i, i < 6 ? "T1" : "T2", LocalDate.of(2025, 3, 3), "intend_to_stay_2y", i < 6 ? 4 : 2));
        }
        registers.replace(Bundles.read(SMALL).withRows(SurveyResponsesFile.class, answers));
        String page = page("/staff-survey", MANAGER);
        assertThat(Html.table(page, "Every question, whole authority"))
                .containsExactly(List.of("I intend to be working here in 2 years", "10", "3.2", "60.0%", "–"));
        assertThat(Html.table(page, "I intend to be working here in 2 years: by team")).containsExactly(
                List.of("North CP", "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5", "–"),
                List.of("South CIN", "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5", "–"),
                List.of("Exampleshire", "10", "10", "3.2", "60.0%", "–"));
    }

    @Test
    void signalsListOnlyTheManagersTeamAndAreAuditedWhileTheTeamCountsNameNoOne() throws Exception {
        String page = page("/signals", MANAGER);
        assertThat(page).doesNotContain("Khan"); // W3 is in T2 only
        assertThat(audited()).anySatisfy(event -> assertThat(event).containsEntry("subject_type", "risk_signals")
                .containsEntry("action", "VIEW"));
        String counts = page("/signals/teams", LEADER);
        for (String name : List.of("Smith", "Jones", "Khan", "Okafor", "Patel")) {
            assertThat(counts).doesNotContain(name);
        }
        mvc.perform(get("/signals").with(LEADER)).andExpect(status().isForbidden());
        mvc.perform(get("/signals").with(SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W1"))).andExpect(status().isForbidden());
    }
}
