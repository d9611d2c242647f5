package uk.retain.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.people.Role;
import uk.retain.support.Html;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.ChangeReason;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Registers;

/**
 * A team manager asks for recommendations for the unallocated queue, reads them, and accepts one: the case gets
 * its primary worker from today, and a second acceptance of the same case changes nothing; or plans a leaver's
 * caseload. Subclasses run it on H2 and on PostgreSQL.
 */
@SpringBootTest(properties = "retain.demo.load=never")
@AutoConfigureMockMvc
abstract class RecommendationsPageContract {

    static final RequestPostProcessor MANAGER_OF_T1 = SignedInAs.role(Role.TEAM_MANAGER, Set.of("T1"), null);

    @Autowired
    MockMvc mvc;

    @Autowired
    Registers registers;

    @BeforeEach
    void register() throws Exception {
        registers.replace(Bundles.read(Path.of("src/test/resources/bundles/small")));
    }

    @Test
    void recommendReadAndAccept() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/teams/T1/recommendations").with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));

        String page = mvc.perform(get("/teams/T1/recommendations").with(MANAGER_OF_T1).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // K5 (assessment, never allocated) is the queue; T1's case holders on today's date are W1 and W2.
        assertThat(page).contains("Case K5").contains("Accept for case K5").containsPattern("Ann Smith|Bob Jones")
                .contains("Left to accept: 1 recommended; 0 must wait.");

        mvc.perform(post("/teams/T1/recommendations/accept").param("case", "K5").with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));

        var primaries = registers.find("999").orElseThrow().register().allocations().stream()
                .filter(a -> a.caseId().equals("K5") && a.isPrimary()).toList();
        assertThat(primaries).singleElement().satisfies(a -> {
            assertThat(a.workerId()).isIn("W1", "W2");
            assertThat(a.startDate()).isEqualTo(LocalDate.now());
        });

        mvc.perform(post("/teams/T1/recommendations/accept").param("case", "K5").with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(status().isNotFound());
        assertThat(registers.find("999").orElseThrow().register().allocations().stream()
                .filter(a -> a.caseId().equals("K5") && a.isPrimary()).count()).isEqualTo(1);
    }

    @Test
    void changeGivesTheCaseToAnotherWorkerWithRoomAndRefusesOneNotOffered() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/teams/T1/recommendations").with(csrf()).with(MANAGER_OF_T1).session(session));
        String page = mvc.perform(get("/teams/T1/recommendations").with(MANAGER_OF_T1).session(session))
                .andReturn().getResponse().getContentAsString();
        String recommended = registers.find("999").orElseThrow().register().workers().stream()
                .filter(w -> page.contains("<dd class=\"govuk-summary-list__value\">" + w.givenName() + " " + w.familyName()))
                .findFirst().orElseThrow().workerId();
        String other = recommended.equals("W1") ? "W2" : "W1";

        mvc.perform(post("/teams/T1/recommendations/change").param("case", "K5").param("worker", "TM1")
                        .with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));
        assertThat(registers.find("999").orElseThrow().register().allocations().stream()
                .filter(a -> a.caseId().equals("K5")).count()).as("a team manager takes no cases: not offered").isZero();

        mvc.perform(post("/teams/T1/recommendations/change").param("case", "K5").param("worker", other)
                        .with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));
        assertThat(registers.find("999").orElseThrow().register().allocations().stream()
                .filter(a -> a.caseId().equals("K5") && a.isPrimary())).singleElement()
                .satisfies(a -> assertThat(a.workerId()).isEqualTo(other));
    }

    @Test
    void anotherTeamsManagerOrAnotherRoleFindsNothing() throws Exception {
        mvc.perform(get("/teams/T1/recommendations").with(SignedInAs.role(Role.TEAM_MANAGER, Set.of("T2"), null)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/teams/T1/recommendations").with(csrf()).with(SignedInAs.role(Role.HR)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/teams/T1/recommendations/accept").param("case", "K5").with(csrf()).with(MANAGER_OF_T1))
                .andExpect(status().isNotFound());
    }

    @Test
    void aLeaversCaseloadIsPlannedAndHandedOnWithItsHistory() throws Exception {
        MockHttpSession session = new MockHttpSession();
        LocalDate today = LocalDate.now();
        mvc.perform(post("/teams/T1/reallocation").param("worker", "W2").param("reason", "LEAVING")
                        .with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));

        String page = mvc.perform(get("/teams/T1/recommendations").with(MANAGER_OF_T1).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // W2 holds K2 (child protection, in court) as primary; W1 co-works it, so W1 is the one to take it on.
        assertThat(page).contains("Reallocation plan for Bob Jones&#39;s caseload").contains("Case K2")
                .contains("Accept for case K2").contains("recorded as worker left").doesNotContain("Cases they co-work");

        mvc.perform(post("/teams/T1/recommendations/accept").param("case", "K2").with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));

        var k2 = registers.find("999").orElseThrow().register().allocations().stream()
                .filter(a -> a.caseId().equals("K2")).toList();
        assertThat(k2).filteredOn(a -> a.workerId().equals("W2") && a.isPrimary()).singleElement().satisfies(a -> {
            assertThat(a.endDate()).isEqualTo(today.minusDays(1));
            assertThat(a.changeReason()).isEqualTo(ChangeReason.WORKER_LEFT);
        });
        assertThat(k2).filteredOn(a -> a.workerId().equals("W1") && !a.isPrimary()).singleElement()
                .satisfies(a -> assertThat(a.endDate()).as("no longer co-working: W1 is the primary now").isEqualTo(today.minusDays(1)));
        assertThat(k2).filteredOn(a -> a.workerId().equals("W1") && a.isPrimary()).singleElement().satisfies(a -> {
            assertThat(a.startDate()).isEqualTo(today);
            assertThat(a.endDate()).isNull();
        });
    }

    @Test
    void onlyAWorkerOfTheTeamWithCasesCanBeReleased() throws Exception {
        // W3 holds K4 but works in T2; TM1 is in T1 and holds nothing.
        for (String worker : new String[] {"W3", "TM1", "NOBODY"}) {
            mvc.perform(post("/teams/T1/reallocation").param("worker", worker).param("reason", "LEAVING")
                            .with(csrf()).with(MANAGER_OF_T1))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/teams/T1/reallocation").param("worker", "W2").param("reason", "RETIRING")
                        .with(csrf()).with(MANAGER_OF_T1))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/teams/T1/reallocation").param("worker", "W2").param("reason", "LEAVING")
                        .with(csrf()).with(SignedInAs.role(Role.TEAM_MANAGER, Set.of("T2"), null)))
                .andExpect(status().isNotFound());
        assertThat(registers.find("999").orElseThrow().register().allocations().stream()
                .filter(a -> a.caseId().equals("K2") && a.isPrimary() && a.endDate() == null))
                .singleElement().satisfies(a -> assertThat(a.workerId()).isEqualTo("W2"));
    }

    @Test
    void aReleasedCoWorkersCasesAreListedForANewCoWorker() throws Exception {
        MockHttpSession session = new MockHttpSession();
        // W1 holds K1 as primary and co-works K2, whose primary worker is W2.
        mvc.perform(post("/teams/T1/reallocation").param("worker", "W1").param("reason", "LONG_ABSENCE")
                        .with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));

        String page = mvc.perform(get("/teams/T1/recommendations").with(MANAGER_OF_T1).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Reallocation plan for Ann Smith&#39;s caseload").contains("Case K1")
                .contains("recorded as other: long absence").contains("Cases they co-work");
        assertThat(Html.table(page, "Cases they co-work")).containsExactly(List.of("K2", "Bob Jones"));
    }

}
