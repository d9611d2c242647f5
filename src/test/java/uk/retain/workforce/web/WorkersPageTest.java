package uk.retain.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/** HR and the workforce lead list every worker of the authority, search, filter, sort and download them. */
class WorkersPageTest extends PageTest {

    @Test
    void hrSeesEveryoneInEmploymentOnTheDayAtTheirMainRow() throws Exception {
        List<String> rows = csv("/workers.csv?date=" + CENSUS, SignedInAs.role(Role.HR));

        assertThat(rows.get(0)).isEqualTo("name,worker_id,team,job_role,contract,fte,pqe,cases");
        // W4 left on 15 August 2025; W2's ASYE row in South CIN ended in June, their fixed-term row is in North CP.
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.split(",")[1])
                .containsExactlyInAnyOrder("W1", "W2", "W3", "TM1");
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Bob Jones,W2,North CP,Social worker,Fixed term,0.4,Under 2,1"));
        assertThat(audited()).singleElement().satisfies(event -> assertThat(event).containsEntry("action", "EXPORT")
                .containsEntry("subject_type", "workers"));
    }

    @Test
    void filtersNarrowTheListAndTheDownload() throws Exception {
        var hr = SignedInAs.role(Role.WORKFORCE_LEAD);
        assertThat(csv("/workers.csv?date=" + CENSUS + "&team=T2", hr)).hasSize(2).last().asString().contains("W3");
        assertThat(csv("/workers.csv?date=" + CENSUS + "&contract=agency", hr)).hasSize(2).last().asString().contains("W3");
        assertThat(csv("/workers.csv?date=" + CENSUS + "&pqe=10_to_20", hr)).hasSize(2).last().asString().contains("W1");
        assertThat(csv("/workers.csv?date=" + CENSUS + "&q=smith", hr)).hasSize(2).last().asString().contains("W1");
        assertThat(csv("/workers.csv?date=" + CENSUS + "&role=team_manager", hr)).hasSize(2).last().asString().contains("TM1");

        String html = page("/workers?date=" + CENSUS + "&team=T2", hr);
        assertThat(html).contains("1 worker(s) match.").contains("href=\"/workers.csv?date=2025-09-30&amp;team=T2\"");
        assertThat(audited()).anySatisfy(event -> assertThat(event).containsEntry("action", "VIEW").containsEntry("subject_type", "workers"));
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        for (var viewer : List.of(SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null), SignedInAs.role(Role.SOCIAL_WORKER, Set.of(), "W1"),
                SignedInAs.role(Role.SENIOR_LEADER), SignedInAs.role(Role.REGIONAL_ANALYST), SignedInAs.role(Role.ADMINISTRATOR))) {
            mvc.perform(get("/workers").with(viewer)).andExpect(status().isForbidden());
            mvc.perform(get("/workers.csv").with(viewer)).andExpect(status().isForbidden());
        }
    }
}
