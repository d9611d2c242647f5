package uk.retain.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.caseload.CaseloadPolicies;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.people.Role;
import uk.retain.support.Html;
import uk.retain.support.SignedInAs;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.AllocationRequest;
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

    @Autowired
    CaseloadPolicies policies;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    void register() throws Exception {
        registers.replace(Bundles.read(SMALL));
        jdbc.update("delete from caseload_policy");
    }

    static final Path SMALL = Path.of("src/test/resources/bundles/small");

    /** The small bundle with rows added to cases.csv and allocations.csv. */
    private void importWith(String cases, String allocations) throws Exception {
        Path copy = Files.createDirectories(temp.resolve("bundle"));
        try (var files = Files.list(SMALL)) {
            for (Path each : files.toList()) {
                Files.copy(each, copy.resolve(each.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(copy.resolve("cases.csv"), Files.readString(copy.resolve("cases.csv")) + cases);
        Files.writeString(copy.resolve("allocations.csv"), Files.readString(copy.resolve("allocations.csv")) + allocations);
        registers.replace(Bundles.read(copy));
    }

    private String page(MockHttpSession session) throws Exception {
        return mvc.perform(get("/teams/T1/recommendations").with(MANAGER_OF_T1).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<Allocation> primaries(String caseId) {
        return registers.find("999").orElseThrow().register().allocations().stream()
                .filter(a -> a.caseId().equals(caseId) && a.isPrimary()).toList();
    }

    @Test
    void acceptAllAllocatesEveryRecommendationInOneGoAndNamesEachWorker() throws Exception {
        importWith("K6,C006,,assessment,false,2025-09-20,\nK7,C007,,assessment,false,2025-09-21,\n", "");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/teams/T1/recommendations").with(csrf()).with(MANAGER_OF_T1).session(session));
        assertThat(page(session)).contains("Accept all 3");

        mvc.perform(post("/teams/T1/recommendations/accept-all").with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));

        String page = page(session);
        assertThat(page).contains("3 cases are allocated:").contains("Left to accept: 0 recommended; 0 must wait.");
        for (String caseId : List.of("K5", "K6", "K7")) {
            assertThat(primaries(caseId)).singleElement().satisfies(a -> {
                assertThat(a.startDate()).isEqualTo(LocalDate.now());
                assertThat(page).contains("case " + caseId + " to " + (a.workerId().equals("W1") ? "Ann Smith" : "Bob Jones"));
            });
        }
    }

    @Test
    void aBatchThatWouldNowBreakTheCapIsRefusedWholeAndSaysWhy() throws Exception {
        // A cap of 3 for everyone experienced: Ann Smith (W1) holds 1 of 3, Bob Jones (W2, 0.4 FTE) 1 of 1.
        CaseloadPolicy tight = new CaseloadPolicy(CaseloadPolicy.DEFAULT.caseHoldingRoles(), 13, 15, 12, 3,
                CaseloadPolicy.DEFAULT.weighting(), 5);
        policies.save("999", tight, "test");
        importWith("K6,C006,,assessment,false,2025-09-20,\nK7,C007,,assessment,false,2025-09-21,\n", "");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/teams/T1/recommendations").with(csrf()).with(MANAGER_OF_T1).session(session));
        String recommended = page(session);
        assertThat(recommended).contains("Left to accept: 2 recommended; 1 must wait.");
        List<String> cases = new java.util.ArrayList<>(List.of("K5", "K6", "K7"));
        String waiting = cases.stream().filter(c -> !recommended.contains("id=\"case-" + c + "\"")).findFirst().orElseThrow();
        cases.remove(waiting);
        // Meanwhile the waiting case is given to Ann Smith, by hand: she has one place left, not two.
        registers.allocate(new AllocationRequest("999", waiting, "W1", null, LocalDate.now(), null), "another.manager");

        mvc.perform(post("/teams/T1/recommendations/accept-all").with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));

        assertThat(primaries(cases.get(0))).as("nothing was written").isEmpty();
        assertThat(primaries(cases.get(1))).isEmpty();
        String refused = page(session);
        assertThat(refused).contains("Nothing was allocated: accepting these cases now would break a rule.")
                .contains("Case " + cases.get(1) + ": Ann Smith would hold 4 cases against a cap of 3")
                .contains("Left to accept: 2 recommended; 1 must wait.");

        // Each alone still fits: accepting one is allowed, and then the other cannot be accepted.
        mvc.perform(post("/teams/T1/recommendations/accept-selected").param("case", cases.get(0))
                        .with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));
        assertThat(primaries(cases.get(0))).singleElement().satisfies(a -> assertThat(a.workerId()).isEqualTo("W1"));
        String last = page(session);
        assertThat(Html.text(last)).contains("Cannot be accepted now: Ann Smith would hold 4 cases against a cap of 3")
                .doesNotContain("Accept for case " + cases.get(1));
    }

    @Test
    void aBatchIsRefusedWholeWhenSomeoneAllocatedOneOfItsCasesFirst() throws Exception {
        importWith("K6,C006,,assessment,false,2025-09-20,\n", "");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/teams/T1/recommendations").with(csrf()).with(MANAGER_OF_T1).session(session));
        registers.allocate(new AllocationRequest("999", "K6", "W2", null, LocalDate.now(), null), "another.manager");

        mvc.perform(post("/teams/T1/recommendations/accept-selected").param("case", "K5").param("case", "K6")
                        .with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));

        assertThat(primaries("K5")).isEmpty();
        assertThat(page(session)).contains("Case K6: Bob Jones was given it as primary worker a moment ago");
    }

    @Test
    void aRebalancingPlanMovesTheCaseItsCoWorkerCanTakeOnAndIsAccepted() throws Exception {
        // Bob Jones (W2, 0.4 FTE, cap 7) is given seven more cases: 8 of 7. K2, his case of family F1, is co-worked
        // by Ann Smith, who holds its sibling K1: it is the one to move, to her.
        StringBuilder cases = new StringBuilder();
        StringBuilder allocations = new StringBuilder();
        for (int i = 6; i <= 12; i++) {
            cases.append("K").append(i).append(",C0").append(i).append(",,child_in_need,false,2025-09-01,\n");
            allocations.append("K").append(i).append(",W2,primary,2025-09-01,,\n");
        }
        importWith(cases.toString(), allocations.toString());
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/teams/T1/rebalancing").with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));

        String page = page(session);
        assertThat(page).contains("Rebalancing plan for the team");
        assertThat(Html.table(page, "Workers over their cap")).containsExactly(List.of("Bob Jones", "8 cases of 7", "7 cases of 7"));
        assertThat(Html.table(page, "Recommendations left to accept")).extracting(row -> row.subList(1, 4))
                .containsExactly(List.of("K2", "Bob Jones", "Ann Smith"));
        assertThat(Html.text(page)).contains("Moves from Bob Jones, who holds 8 cases against a cap of 7")
                .contains("Already co-works this case").contains("Keeps siblings together");

        mvc.perform(post("/teams/T1/recommendations/accept-all").with(csrf()).with(MANAGER_OF_T1).session(session))
                .andExpect(redirectedUrl("/teams/T1/recommendations"));

        LocalDate today = LocalDate.now();
        var k2 = registers.find("999").orElseThrow().register().allocations().stream().filter(a -> a.caseId().equals("K2")).toList();
        assertThat(k2).filteredOn(a -> a.workerId().equals("W2") && a.isPrimary()).singleElement().satisfies(a -> {
            assertThat(a.endDate()).isEqualTo(today.minusDays(1));
            assertThat(a.changeReason()).isEqualTo(ChangeReason.WORKLOAD_BALANCE);
        });
        assertThat(k2).filteredOn(a -> a.workerId().equals("W1") && a.isPrimary()).singleElement()
                .satisfies(a -> assertThat(a.startDate()).isEqualTo(today));
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
