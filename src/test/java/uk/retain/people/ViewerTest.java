package uk.retain.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The scope rules: who sees which authority, team and worker. Nothing crosses authorities. */
class ViewerTest {

    private static Viewer viewer(Role role, Set<String> teams, String worker) {
        return new Viewer(new Account("u", "U", role, role == Role.REGIONAL_ANALYST ? null : "999",
                role == Role.REGIONAL_ANALYST ? "E12000006" : null, teams, worker));
    }

    @Test
    void aggregatesOfAnAuthority() {
        for (Role role : List.of(Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER)) {
            assertThat(viewer(role, Set.of(), null).seesAggregatesOf("999", "E12000006")).as(role.code()).isTrue();
            assertThat(viewer(role, Set.of(), null).seesAggregatesOf("998", "E12000006")).as(role.code()).isFalse();
        }
        for (Role role : List.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.ADMINISTRATOR)) {
            assertThat(viewer(role, Set.of("T1"), "W1").seesAggregatesOf("999", "E12000006")).as(role.code()).isFalse();
        }
        Viewer analyst = viewer(Role.REGIONAL_ANALYST, Set.of(), null);
        assertThat(analyst.seesAggregatesOf("998", "E12000006")).isTrue();
        assertThat(analyst.seesAggregatesOf("301", "E12000007")).isFalse();
        assertThat(analyst.seesPersonRows()).isFalse();
    }

    @Test
    void policiesAreReadByTeamAndAuthorityRolesAndSetByTheWorkforceLeadOfTheirOwnAuthority() {
        for (Role role : Role.values()) {
            Viewer viewer = viewer(role, Set.of("T1"), "W1");
            boolean reads = Set.of(Role.TEAM_MANAGER, Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER).contains(role);
            assertThat(viewer.readsPoliciesOf("999")).as(role.code()).isEqualTo(reads);
            assertThat(viewer.setsPoliciesOf("999")).as(role.code()).isEqualTo(role == Role.WORKFORCE_LEAD);
            assertThat(viewer.readsPoliciesOf("998")).as(role.code() + " of another authority").isFalse();
            assertThat(viewer.setsPoliciesOf("998")).as(role.code() + " of another authority").isFalse();
        }
    }

    @Test
    void riskSignalsAreSeenByTheWorkersManagersThePswAndHrAndCountedForSeniorLeaders() {
        for (Role role : Role.values()) {
            Viewer viewer = viewer(role, Set.of("T1"), "W1");
            boolean whole = role == Role.WORKFORCE_LEAD || role == Role.HR;
            assertThat(viewer.seesSignalsOf("999", "W2", Set.of("T1"))).as(role.code()).isEqualTo(whole || role == Role.TEAM_MANAGER);
            assertThat(viewer.seesSignalsOf("999", "W2", Set.of("T2"))).as(role.code() + ", another team").isEqualTo(whole);
            assertThat(viewer.seesSignalsOf("999", "W1", Set.of("T1"))).as(role.code() + ", their own").isFalse();
            assertThat(viewer.seesSignalsOf("998", "W2", Set.of("T1"))).as(role.code() + ", another authority").isFalse();
            assertThat(viewer.listsSignalsOf("999")).as(role.code()).isEqualTo(whole || role == Role.TEAM_MANAGER);
            assertThat(viewer.countsSignalsOf("999")).as(role.code()).isEqualTo(whole || role == Role.SENIOR_LEADER);
            assertThat(viewer.countsSignalsOf("998")).as(role.code()).isFalse();
            assertThat(viewer.recordsExitInterviewsOf("999")).as(role.code()).isEqualTo(role == Role.HR);
            assertThat(viewer.recordsExitInterviewsOf("998")).as(role.code()).isFalse();
        }
    }

    @Test
    void anAuthorityIsKnownWhenHeldAndTheViewersOwnOrInTheirRegion() {
        List<uk.retain.workforce.Authority> held = List.of(new uk.retain.workforce.Authority("999", "Own", "E12000006", null),
                new uk.retain.workforce.Authority("998", "Neighbour", "E12000006", null),
                new uk.retain.workforce.Authority("301", "Far", "E12000007", null));
        Viewer manager = viewer(Role.TEAM_MANAGER, Set.of("T1"), null);
        assertThat(manager.knowsAuthority(held, "999")).isTrue();
        assertThat(manager.knowsAuthority(held, "998")).as("another council").isFalse();
        assertThat(manager.knowsAuthority(List.of(held.get(1)), "999")).as("not held").isFalse();
        Viewer analyst = viewer(Role.REGIONAL_ANALYST, Set.of(), null);
        assertThat(analyst.knowsAuthority(held, "998")).isTrue();
        assertThat(analyst.knowsAuthority(held, "301")).as("another region").isFalse();
    }

    @Test
    void aTeamIsSeenOnlyWhenItExistsAndIsInScope() throws Exception {
        uk.retain.workforce.Register small = uk.retain.workforce.Bundles.read(java.nio.file.Path.of("src/test/resources/bundles/small"));
        Viewer manager = viewer(Role.TEAM_MANAGER, Set.of("T1"), null);
        assertThat(manager.seenTeam(small, "T1")).hasValueSatisfying(team -> assertThat(team.teamId()).isEqualTo("T1"));
        assertThat(manager.seenTeam(small, "T2")).as("another team").isEmpty();
        assertThat(manager.seenTeam(small, "T404")).as("no such team").isEmpty();
        assertThat(viewer(Role.HR, Set.of(), null).seenTeam(small, "T2")).isPresent();
        assertThat(viewer(Role.SOCIAL_WORKER, Set.of(), "W1").seenTeam(small, "T1")).isEmpty();
    }

    @Test
    void teamsAndWorkers() {
        Viewer manager = viewer(Role.TEAM_MANAGER, Set.of("T1"), null);
        assertThat(manager.seesTeam("999", "T1")).isTrue();
        assertThat(manager.seesTeam("999", "T2")).isFalse();
        assertThat(manager.seesTeam("998", "T1")).isFalse();
        assertThat(manager.seesWorker("999", "W9", List.of("T2", "T1"))).isTrue();
        assertThat(manager.seesWorker("999", "W9", List.of("T2"))).isFalse();

        Viewer worker = viewer(Role.SOCIAL_WORKER, Set.of(), "W1");
        assertThat(worker.seesWorker("999", "W1", List.of("T1"))).isTrue();
        assertThat(worker.seesWorker("999", "W2", List.of("T1"))).isFalse();
        assertThat(worker.seesWorker("998", "W1", List.of("T1"))).isFalse();
        assertThat(worker.seesTeam("999", "T1")).isFalse();

        assertThat(viewer(Role.SENIOR_LEADER, Set.of(), null).seesWorker("999", "W2", List.of())).isTrue();
        assertThat(viewer(Role.ADMINISTRATOR, Set.of(), null).seesWorker("999", "W2", List.of("T1"))).isFalse();
        assertThat(viewer(Role.REGIONAL_ANALYST, Set.of(), null).seesWorker("999", "W2", List.of("T1"))).isFalse();
    }

    @Test
    void theCensusChecksAreForHrAndTheWorkforceLeadAndTheReturnForHrOnly() {
        for (Role role : Role.values()) {
            Viewer viewer = viewer(role, Set.of("T1"), "W1");
            assertThat(viewer.checksCensusOf("999")).as(role.code()).isEqualTo(role == Role.HR || role == Role.WORKFORCE_LEAD);
            assertThat(viewer.exportsCensusOf("999")).as(role.code()).isEqualTo(role == Role.HR);
        }
        assertThat(viewer(Role.HR, Set.of(), null).checksCensusOf("998")).isFalse();
        assertThat(viewer(Role.HR, Set.of(), null).exportsCensusOf("998")).isFalse();
    }

    @Test
    void personalDetailsAreForHrOnly() {
        for (Role role : Role.values()) {
            assertThat(viewer(role, Set.of("T1"), "W1").seesPersonalDetails("999")).as(role.code()).isEqualTo(role == Role.HR);
        }
        assertThat(viewer(Role.HR, Set.of(), null).seesPersonalDetails("998")).isFalse();
    }

    @Test
    void aTeamManagerSeesTheCasesHeldInTheirOwnTeamsOnly() {
        Viewer manager = viewer(Role.TEAM_MANAGER, Set.of("T1"), null);
        assertThat(manager.seesCasesHeldIn("999", "T1")).isTrue();
        assertThat(manager.seesCasesHeldIn("999", "T2")).isFalse();
        assertThat(manager.seesCasesHeldIn("999", null)).as("no team that day").isFalse();
        assertThat(manager.seesCasesHeldIn("998", "T1")).isFalse();
        assertThat(manager.seesTeam("999", null)).isFalse();
        for (Role role : List.of(Role.WORKFORCE_LEAD, Role.HR, Role.SENIOR_LEADER, Role.SOCIAL_WORKER)) {
            assertThat(viewer(role, Set.of(), "W1").seesCasesHeldIn("999", "T2")).as(role.code()).isTrue();
            assertThat(viewer(role, Set.of(), "W1").seesCasesHeldIn("998", "T2")).as(role.code()).isFalse();
        }
        assertThat(viewer(Role.REGIONAL_ANALYST, Set.of(), null).seesCasesHeldIn("999", "T1")).isFalse();
        assertThat(viewer(Role.ADMINISTRATOR, Set.of(), null).seesCasesHeldIn("999", "T1")).isFalse();
    }
}
