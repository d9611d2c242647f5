package uk.retain.measures.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/**
 * The measures API audits an answer that carries a row about one person (caseload_by_worker) once, whatever the
 * number of rows, teams or dates in it, as the pages audit their views; an answer of aggregates only is not audited.
 */
class MeasuresApiAuditTest extends PageTest {

    private static final RequestPostProcessor HR = SignedInAs.role(Role.HR);

    @Test
    void measuresByTeamAreAuditedOnceAsAView() throws Exception {
        mvc.perform(get("/api/v1/authorities/999/measures").param("date", CENSUS).param("by", "team").with(HR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.T1.caseload_by_worker.length()").value(3));

        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("username", "hr").containsEntry("la_code", "999").containsEntry("action", "VIEW")
                .containsEntry("subject_type", "measures").containsEntry("subject_id", "999")
                .containsEntry("detail", "measures on 2025-09-30 by team over the API, with 4 row(s) of caseload_by_worker"));
    }

    @Test
    void theAuthoritysMeasuresAreAuditedToo() throws Exception {
        mvc.perform(get("/api/v1/authorities/999/measures").param("date", CENSUS).with(HR)).andExpect(status().isOk());

        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("action", "VIEW").containsEntry("subject_type", "measures")
                .containsEntry("detail", "measures on 2025-09-30 over the API, with 4 row(s) of caseload_by_worker"));
    }

    @Test
    void aSeriesIsOneRecordForTheWholeAnswer() throws Exception {
        mvc.perform(get("/api/v1/authorities/999/measures/series").param("from", "2023-01-01").param("to", "2025-12-31")
                .param("by", "team").with(HR)).andExpect(status().isOk()).andExpect(jsonPath("$.series.length()").value(3));

        assertThat(audited()).singleElement().satisfies(event -> assertThat((String) event.get("detail"))
                .startsWith("measures series from 2023-01-01 to 2025-12-31 every census (3 point(s)) by team over the API, with "));
    }

    @Test
    void aTeamManagersOwnTeamsAreAudited() throws Exception {
        mvc.perform(get("/api/v1/authorities/999/measures").param("date", CENSUS).param("by", "team")
                .with(SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null))).andExpect(status().isOk());

        assertThat(audited()).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("username", "team_manager").containsEntry("subject_type", "measures")
                .containsEntry("detail", "measures on 2025-09-30 by team over the API, with 3 row(s) of caseload_by_worker"));
    }

    @Test
    void anAnswerWithoutAPersonRowIsNotAudited() throws Exception {
        // Nobody is in employment in 1990: caseload_by_worker is an empty list.
        mvc.perform(get("/api/v1/authorities/999/measures").param("date", "1990-09-30").with(HR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.caseload_by_worker.length()").value(0));
        // A regional analyst never gets caseload_by_worker.
        mvc.perform(get("/api/v1/authorities/999/measures").param("date", CENSUS).param("by", "team")
                .with(SignedInAs.role(Role.REGIONAL_ANALYST))).andExpect(status().isOk());
        // A refusal carries nothing.
        mvc.perform(get("/api/v1/authorities/999/measures").param("date", CENSUS)
                .with(SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null))).andExpect(status().isForbidden());

        assertThat(audited()).isEmpty();
    }
}
