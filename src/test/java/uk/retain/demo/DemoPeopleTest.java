package uk.retain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.retain.people.Account;
import uk.retain.people.Role;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Worker;

/** Each demo user who stands for a person of the register is that person: their worker, their name, their teams. */
class DemoPeopleTest {

    private static final LocalDate END = CouncilSize.DEMO.historyEnd();

    static Register demo;
    static Map<String, Account> accounts;

    @BeforeAll
    static void generate() {
        demo = DemoCouncil.demo();
        accounts = DemoLoader.demoAccounts(demo).stream().collect(Collectors.toMap(Account::username, Function.identity()));
    }

    private static String nameOf(String workerId) {
        Worker worker = demo.workers().stream().filter(w -> w.workerId().equals(workerId)).findFirst().orElseThrow();
        return worker.givenName() + " " + worker.familyName();
    }

    private static Set<String> teamsWhere(String workerId, JobRole role) {
        return demo.employments().stream()
                .filter(row -> row.workerId().equals(workerId) && row.jobRole() == role && row.inForceOn(END))
                .map(Employment::teamId).collect(Collectors.toSet());
    }

    @Test
    void theSocialWorkerIsNamedAsTheirRegisterWorker() {
        Account worker = accounts.get("social.worker");

        assertThat(worker.workerId()).isNotNull();
        assertThat(worker.displayName()).isEqualTo(nameOf(worker.workerId()));
    }

    @Test
    void theTeamManagerIsTheRegistersTeamManagerOfExactlyTheirTeams() {
        Account manager = accounts.get("team.manager");

        assertThat(manager.role()).isEqualTo(Role.TEAM_MANAGER);
        assertThat(manager.workerId()).isNotNull();
        assertThat(manager.displayName()).isEqualTo(nameOf(manager.workerId()));
        assertThat(manager.teamIds()).isNotEmpty().isEqualTo(teamsWhere(manager.workerId(), JobRole.TEAM_MANAGER));
    }

    @Test
    void theWorkforceLeadAndSeniorLeaderAreThePrincipalSocialWorkerAndSeniorManagerInPostOrNoWorkerAtAll() {
        assertStandsFor(accounts.get("workforce.lead"), JobRole.PRINCIPAL_SOCIAL_WORKER);
        assertStandsFor(accounts.get("senior.leader"), JobRole.SENIOR_MANAGER);
        // The demo's senior manager is in post at the end of its history (its principal social worker left in October).
        assertThat(accounts.get("senior.leader").workerId()).isNotNull();
    }

    private static void assertStandsFor(Account account, JobRole role) {
        Set<String> inPost = demo.employments().stream().filter(row -> row.jobRole() == role && row.inForceOn(END))
                .map(Employment::workerId).collect(Collectors.toSet());
        if (inPost.isEmpty()) {
            assertThat(account.workerId()).isNull();
            assertThat(demo.workers()).noneMatch(w -> (w.givenName() + " " + w.familyName()).equals(account.displayName()));
        } else {
            assertThat(inPost).contains(account.workerId());
            assertThat(account.displayName()).isEqualTo(nameOf(account.workerId()));
        }
    }

    @Test
    void everyRoleHasItsDemoUser() {
        assertThat(accounts.values()).extracting(Account::role).containsExactlyInAnyOrder(Role.values());
    }
}
