package uk.retain.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.people.Role;
import uk.retain.support.Html;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/**
 * The plan page while its runs are worked out: a progress page that refreshes itself (no script needed) and links to
 * the same scenarios, then the plan.
 */
class PlanPagesTest extends PageTest {

    static final RequestPostProcessor LEAD = SignedInAs.role(Role.WORKFORCE_LEAD, Set.of(), null);

    @Autowired
    PlanRuns runs;

    @AfterEach
    void waitAsConfigured() {
        runs.setWait(Duration.ofSeconds(3));
    }

    @Test
    void thePublishedDriversOfDemandAreShownBesideTheCouncilsOwnThroughItsStandIn() throws Exception {
        runs.setWait(Duration.ofSeconds(60));
        String html = page("/plan", LEAD);
        // The small bundle's council is 999, not in the published files: Hertfordshire stands in, and the page says so.
        assertThat(Html.text(html)).contains("is not in the published statistics, so the figures are those of Hertfordshire (919)")
                .contains("in the year to 31 March 2025, 235.5 referrals per 10,000 children")
                .contains("up to 2022 and compared with 2023 to 2025");
        var rows = Html.table(html, "Published demand of Hertfordshire, years to 31 March");
        assertThat(rows).hasSize(PlanController.DEMAND_YEARS);
        assertThat(rows.get(rows.size() - 1)).containsExactly("to 31 March 2025", "6,536", "235.5", "519.4", "5,848", "614", "999",
                "277,480");
        assertThat(Html.text(html)).contains("As now: a referral change of 0.0%, so about 235.5 referrals per 10,000 children a year from now.");
    }

    @Test
    void aPlanNotYetWorkedOutShowsItsProgressAndLooksAgainUntilItIsReady() throws Exception {
        // Each test imports the small bundle again: a register version no earlier request planned, so its runs are new.
        runs.setWait(Duration.ZERO);
        MockHttpServletResponse working = mvc.perform(get("/plan").with(LEAD)).andExpect(status().isOk()).andReturn().getResponse();
        String html = working.getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.text(html)).contains("Working out the plan:").contains("This page looks again every 2 seconds");
        assertThat(working.getHeader("Refresh")).startsWith("2; url=/plan?scenario=");
        assertThat(html).contains("id=\"plan-again\" href=\"/plan?scenario=");

        runs.setWait(Duration.ofSeconds(60));
        MockHttpServletResponse ready = mvc.perform(get("/plan").with(LEAD)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(ready.getHeader("Refresh")).isNull();
        assertThat(Html.text(ready.getContentAsString(StandardCharsets.UTF_8))).doesNotContain("Working out the plan")
                .contains("P10");
    }
}
