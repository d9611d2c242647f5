package uk.retain.caseload.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.retain.people.Role;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Registers;

/** The continuity figures over the API, scoped like the measures. */
@SpringBootTest(properties = {"retain.demo.load=never",
    "spring.datasource.url=jdbc:h2:mem:continuity;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
class ContinuityApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Registers registers;

    @BeforeEach
    void register() throws Exception {
        registers.replace(Bundles.read(Path.of("src/test/resources/bundles/small")));
    }

    @Test
    void theAuthorityAndItsTeamsOverTime() throws Exception {
        mvc.perform(get("/api/v1/authorities/999/continuity").param("date", "2025-09-30").with(SignedInAs.role(Role.HR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children").value(4))
                .andExpect(jsonPath("$.children_with_3_plus_workers").value(1));
        mvc.perform(get("/api/v1/authorities/999/continuity/series").param("from", "2024-01-01").param("to", "2025-12-31")
                        .with(SignedInAs.role(Role.SENIOR_LEADER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.series.length()").value(2))
                .andExpect(jsonPath("$.series[1].continuity.children").value(4));
    }

    @Test
    void aTeamManagerSeesTheirTeamsOnly() throws Exception {
        mvc.perform(get("/api/v1/authorities/999/continuity").param("date", "2025-09-30").param("by", "team")
                        .with(SignedInAs.role(Role.TEAM_MANAGER, Set.of("T2"), null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.T2.children").value(1))
                .andExpect(jsonPath("$.T1").doesNotExist());
        mvc.perform(get("/api/v1/authorities/999/continuity").param("date", "2025-09-30")
                        .with(SignedInAs.role(Role.TEAM_MANAGER, Set.of("T2"), null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRegionalAnalystGetsSmallNumbersOfChildrenAsC() throws Exception {
        var analyst = SignedInAs.role(Role.REGIONAL_ANALYST);
        mvc.perform(get("/api/v1/authorities/999/continuity").param("date", "2025-09-30").with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children").value("c"))
                .andExpect(jsonPath("$.children_with_3_plus_workers").value("c"))
                .andExpect(jsonPath("$.percent_with_3_plus_workers").value("c"))
                .andExpect(jsonPath("$.allocations_per_child").value("c"));
        mvc.perform(get("/api/v1/authorities/999/continuity").param("date", "2025-09-30").param("by", "team").with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.T2.children").value("c"))
                .andExpect(jsonPath("$.T1.children").value("c"));
        mvc.perform(get("/api/v1/authorities/999/continuity/series").param("from", "2025-01-01").param("to", "2025-12-31")
                        .with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.series[0].continuity.children").value("c"));
    }
}
