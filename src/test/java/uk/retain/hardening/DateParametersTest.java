package uk.retain.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/**
 * Every date an API address takes is bounded before any work: year −999999999 and its like answer a 400 problem
 * document at once, and a role that may not see the figures is refused before the series is expanded.
 */
class DateParametersTest extends PageTest {

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "1899-12-31", "2201-01-01", "2025-9-30", "30/09/2025", "2025-02-30"})
    void aDateOutsideTheBoundsIsABadRequest(String date) throws Exception {
        var hr = SignedInAs.role(Role.HR);
        for (String url : new String[] {"/api/v1/authorities/999/measures?date=" + date,
                "/api/v1/authorities/999/continuity?date=" + date,
                "/api/v1/authorities/999/measures/series?from=" + date + "&to=2025-12-31",
                "/api/v1/authorities/999/measures/series?from=2020-01-01&to=" + date,
                "/api/v1/authorities/999/continuity/series?from=" + date + "&to=2025-12-31"}) {
            mvc.perform(get(url).with(hr)).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    @Test
    void theBoundsThemselvesAreDates() throws Exception {
        var hr = SignedInAs.role(Role.HR);
        mvc.perform(get("/api/v1/authorities/999/measures?date=1900-01-01").with(hr)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/authorities/999/measures?date=2200-12-31").with(hr)).andExpect(status().isOk());
    }

    @Test
    void aSocialWorkerIsRefusedTheWidestSeriesAtOnce() throws Exception {
        var worker = SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W1");
        mvc.perform(get("/api/v1/authorities/999/measures/series?from=1900-01-01&to=2200-12-31&every=month").with(worker))
                .andExpect(status().isForbidden());
    }

    @Test
    void theWidestSeriesIsRefusedForItsLengthNotExpandedWithoutLimit() throws Exception {
        var hr = SignedInAs.role(Role.HR);
        String body = mvc.perform(get("/api/v1/authorities/999/measures/series?from=1900-01-01&to=2200-12-31&every=month").with(hr))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("at most");
    }
}
