package uk.retain.allocation.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/** The recommendations over the API: the allocate command's JSON, scoped by role, with every problem of a bad file. */
class RecommendationsApiTest extends PageTest {

    static MockMultipartFile cases(String csv) {
        return new MockMultipartFile("cases", "cases.csv", "text/csv", csv.getBytes());
    }

    @Test
    void recommendsAWorkerWithReasonsAndLoads() throws Exception {
        mvc.perform(multipart("/api/v1/authorities/999/recommendations")
                        .file(cases("case_id,child_id,category,opened_on,team_id\nK9,C9,assessment,2025-09-01,T1\n"))
                        .param("date", CENSUS).with(SignedInAs.role(Role.HR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendations[0].case_id").value("K9"))
                .andExpect(jsonPath("$.recommendations[0].worker_id").isNotEmpty())
                .andExpect(jsonPath("$.recommendations[0].reasons").isArray())
                // On 30 September Bob Jones (W2) is absent: Ann Smith (W1) is T1's only worker at work.
                .andExpect(jsonPath("$.recommendations[0].reasons[0]").value("Nobody else in North CP has room left after these allocations"))
                .andExpect(jsonPath("$.recommendations[0].reason_codes[0].code").value("nobody_else_in_team_has_room"))
                .andExpect(jsonPath("$.recommendations[0].reason_codes[0].args[0].team_id").value("T1"))
                .andExpect(jsonPath("$.recommendations[0].cap").isNumber())
                .andExpect(jsonPath("$.unallocated").isEmpty());

        // The answer names a worker and their load: audited once, as the recommendations page is.
        org.assertj.core.api.Assertions.assertThat(audited()).singleElement()
                .satisfies(event -> org.assertj.core.api.Assertions.assertThat(event)
                        .containsEntry("username", "hr").containsEntry("action", "VIEW")
                        .containsEntry("subject_type", "recommendations").containsEntry("subject_id", "999")
                        .containsEntry("detail", "recommendations over the API for 1 case(s), naming 1 worker(s)"));
    }

    @Test
    void aBadFileIsEveryProblemAndATeamManagerStaysInTheirTeams() throws Exception {
        mvc.perform(multipart("/api/v1/authorities/999/recommendations")
                        .file(cases("case_id,child_id,category,opened_on,team_id\nK9,C9,childcare,2025-09-01,T9\n"))
                        .param("date", CENSUS).with(SignedInAs.role(Role.HR)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].text").value(org.hamcrest.Matchers.startsWith("cases.csv:2: category: ")))
                .andExpect(jsonPath("$.problems[1].column").value("team_id"));
        mvc.perform(multipart("/api/v1/authorities/999/recommendations")
                        .file(cases("case_id,child_id,category,opened_on,team_id\nK9,C9,assessment,2025-09-01,T2\n"))
                        .param("date", CENSUS).with(SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTeamManagerReleasesOnlyAWorkerOfTheirTeamsAndUnknownLooksTheSame() throws Exception {
        var manager = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);
        String header = "case_id,child_id,category,opened_on,team_id\n";
        String otherTeam = mvc.perform(multipart("/api/v1/authorities/999/recommendations").file(cases(header))
                        .param("date", CENSUS).param("release_worker", "W3").with(manager))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(multipart("/api/v1/authorities/999/recommendations").file(cases(header))
                        .param("date", CENSUS).param("release_worker", "W99").with(manager))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(otherTeam.replace("W3", "W?")).isEqualTo(unknown.replace("W99", "W?"));
        org.assertj.core.api.Assertions.assertThat(otherTeam).doesNotContain("K4");
        org.assertj.core.api.Assertions.assertThat(audited()).isEmpty();

        mvc.perform(multipart("/api/v1/authorities/999/recommendations").file(cases(header))
                        .param("date", CENSUS).param("release_worker", "W1").with(manager))
                .andExpect(status().isOk());
        org.assertj.core.api.Assertions.assertThat(audited()).singleElement()
                .satisfies(event -> org.assertj.core.api.Assertions.assertThat(event)
                        .containsEntry("action", "VIEW").containsEntry("subject_type", "worker").containsEntry("subject_id", "W1"));
    }
}
