package uk.retain.measures.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/**
 * A regional analyst's measures have small numbers suppressed as "c": for the authority and by team, on a date and
 * in a series. The small bundle is a council of the analyst's region with teams of 3 in post (T1) and one agency
 * worker (T2) on the census date.
 */
class MeasuresApiSuppressionTest extends PageTest {

    private static final RequestPostProcessor ANALYST = SignedInAs.role(Role.REGIONAL_ANALYST);

    @Test
    void aTeamOfOneGivesTheAnalystNoneOfThatPersonsFigures() throws Exception {
        mvc.perform(get("/api/v1/authorities/999/measures").param("date", CENSUS).param("by", "team").with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.T2.agency_headcount").value("c"))
                .andExpect(jsonPath("$.T2.agency_fte").value("c"))
                .andExpect(jsonPath("$.T2.agency_rate_headcount").value("c"))
                .andExpect(jsonPath("$.T2.cases").value("c"))
                .andExpect(jsonPath("$.T2.caseload_fte").value("c"))
                .andExpect(jsonPath("$.T2.inpost_headcount").value(0))
                .andExpect(jsonPath("$.T2.caseload_by_worker").isEmpty())
                .andExpect(jsonPath("$.T1.inpost_headcount").value("c"))
                .andExpect(jsonPath("$.T1.inpost_fte").value("c"))
                .andExpect(jsonPath("$.T1.working_days_lost_fte").value("c"))
                .andExpect(jsonPath("$.T1.absence_rate_fte").value("c"))
                .andExpect(jsonPath("$.T1.pqe_over_2y_percent").value("c"))
                .andExpect(jsonPath("$.T1.pqe_bands['5_to_10']").value(0)).andExpect(jsonPath("$.T1.pqe_bands['10_to_20']").value("c"))
                .andExpect(jsonPath("$.T1.pqe_bands.under_2").value("c"))
                .andExpect(jsonPath("$.T1.leavers_headcount").value(0))
                .andExpect(jsonPath("$.T2.leavers_headcount").value("c"))
                .andExpect(jsonPath("$.T2.leavers_fte").value("c"));
    }

    @Test
    void theAuthoritysMeasuresAndTheSeriesAreSuppressedAlike() throws Exception {
        mvc.perform(get("/api/v1/authorities/999/measures").param("date", CENSUS).with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inpost_headcount").value("c"))
                .andExpect(jsonPath("$.turnover_rate_headcount").value("c"))
                .andExpect(jsonPath("$.caseload_by_worker").isEmpty());
        mvc.perform(get("/api/v1/authorities/999/measures/series").param("from", "2024-01-01").param("to", "2025-12-31")
                        .param("by", "team").with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.series[1].measures.T1.inpost_headcount").value("c"))
                .andExpect(jsonPath("$.series[1].measures.T2.agency_headcount").value("c"));
        mvc.perform(get("/api/v1/authorities/999/measures/series").param("from", "2025-01-01").param("to", "2025-12-31")
                        .with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.series[0].measures.inpost_headcount").value("c"));
    }

    @Test
    void theCouncilsOwnRolesStillGetTheNumbers() throws Exception {
        mvc.perform(get("/api/v1/authorities/999/measures").param("date", CENSUS).param("by", "team").with(SignedInAs.role(Role.HR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.T1.inpost_headcount").value(3))
                .andExpect(jsonPath("$.T2.agency_headcount").value(1));
    }
}
