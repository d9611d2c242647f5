package uk.retain.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.caseload.Caseloads.Alert;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;

/** One team's caseloads on the small test bundle: totals, its alerts, and which waiting cases are its to allocate. */
class TeamCaseloadsTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");
    static final LocalDate CENSUS = LocalDate.of(2025, 9, 30);

    @TempDir
    Path temp;

    private static TeamCaseloads team(Register register, String teamId, LocalDate date) {
        return TeamCaseloads.of(register, Caseloads.of(register, CaseloadPolicy.DEFAULT, date), teamId);
    }

    @Test
    void totalsOfNorthCp() throws Exception {
        TeamCaseloads.Totals totals = team(Bundles.read(SMALL), "T1", CENSUS).totals();

        // W1 (cap 18, K1), W2 (0.4 FTE: cap 6, K2, absent), TM1 (no cases): 2 cases against 24.
        assertThat(totals.workers()).isEqualTo(3);
        assertThat(totals.caseHolders()).isEqualTo(2);
        assertThat(totals.caseHolderFte()).isEqualByComparingTo(new BigDecimal("1.4"));
        assertThat(totals.cases()).isEqualTo(2);
        assertThat(totals.cap()).isEqualTo(24);
        assertThat(totals.percent()).isEqualTo(100.0 * 2 / 24);
        assertThat(totals.overCap()).isZero();
        assertThat(totals.absent()).isEqualTo(1);
        assertThat(totals.waiting()).isEqualTo(1);
    }

    @Test
    void aCaseNeverAllocatedWaitsInEveryTeamsQueue() throws Exception {
        Register register = Bundles.read(SMALL);

        for (String teamId : new String[] {"T1", "T2"}) {
            assertThat(team(register, teamId, CENSUS).queue()).singleElement().satisfies(queued -> {
                assertThat(queued.waiting().item().caseId()).isEqualTo("K5");
                assertThat(queued.neverAllocated()).isTrue();
            });
            assertThat(team(register, teamId, CENSUS).alerts()).extracting(Alert::kind, Alert::caseId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Alert.Kind.UNALLOCATED_TOO_LONG, "K5"));
        }
    }

    @Test
    void aCaseWaitsInTheQueueOfTheTeamItsLastPrimaryWorkerWasIn() throws Exception {
        // K2 loses W2 and its co-worker on 16 August: its last primary worker was W4, in T2 until leaving on 15 August.
        Register register = changed("allocations.csv", Files.readString(SMALL.resolve("allocations.csv"))
                .replace("K2,W2,primary,2025-08-16,,\n", "").replace("K2,W1,co_worker,2025-08-16,,\n", ""));

        assertThat(team(register, "T2", CENSUS).queue()).extracting(q -> q.waiting().item().caseId(), TeamCaseloads.Queued::neverAllocated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("K2", false), org.assertj.core.groups.Tuple.tuple("K5", true));
        assertThat(team(register, "T1", CENSUS).queue()).extracting(q -> q.waiting().item().caseId()).containsExactly("K5");
    }

    @Test
    void alertsAboutAnotherTeamsWorkersAreNotTheTeams() throws Exception {
        CaseloadPolicy tight = new CaseloadPolicy(CaseloadPolicy.DEFAULT.caseHoldingRoles(), 13, 0, 12, 0,
                CaseloadPolicy.DEFAULT.weighting(), 5);
        Register register = Bundles.read(SMALL);
        Caseloads caseloads = Caseloads.of(register, tight, CENSUS);

        // Everyone holding a case is over a cap of 0: W1 and W2 in T1, W3 in T2.
        assertThat(TeamCaseloads.of(register, caseloads, "T1").alerts()).filteredOn(a -> a.kind() == Alert.Kind.OVER_CAP)
                .extracting(Alert::workerId).containsExactlyInAnyOrder("W1", "W2");
        assertThat(TeamCaseloads.of(register, caseloads, "T2").alerts()).filteredOn(a -> a.kind() == Alert.Kind.OVER_CAP)
                .extracting(Alert::workerId).containsExactly("W3");
    }

    private Register changed(String file, String text) throws Exception {
        Path copy = Files.createDirectories(temp.resolve("bundle"));
        try (var files = Files.list(SMALL)) {
            for (Path each : files.toList()) {
                Files.copy(each, copy.resolve(each.getFileName()));
            }
        }
        Files.writeString(copy.resolve(file), text);
        return Bundles.read(copy);
    }
}
