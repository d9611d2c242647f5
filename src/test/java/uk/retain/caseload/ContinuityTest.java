package uk.retain.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.retain.caseload.Continuity.Figures;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;

/** Continuity on the small bundle, worked by hand from its allocations.csv. */
class ContinuityTest {

    static final LocalDate DATE = LocalDate.of(2025, 9, 30);

    @Test
    void childrenWithThreeOrMoreWorkersAllocationsPerChildAndDaysToFirstAllocation() throws Exception {
        Register register = Bundles.read(Path.of("src/test/resources/bundles/small"));

        Figures figures = Continuity.of(register, DATE);

        // In the year 2024-10-01 to 2025-09-30: C001 had W4 then W1 (2), C002 W4 then W2 (2), C003 W2 (1),
        // C004 W1, W4, W3 (3). C005 never had a primary worker.
        assertThat(figures.children()).isEqualTo(4);
        assertThat(figures.childrenWith3PlusWorkers()).isEqualTo(1);
        assertThat(figures.percentWith3PlusWorkers()).isEqualTo(25.0);
        assertThat(figures.allocationsPerChild()).isEqualTo(8 / 4.0);
        // Opened in the year: K3 (2025-01-15, allocated the same day: 0 days) and K5 (2025-09-20, not yet).
        assertThat(figures.casesOpened()).isEqualTo(2);
        assertThat(figures.casesOpenedAndAllocated()).isEqualTo(1);
        // K5 is still waiting on 2025-09-30, 10 days after it opened: its days so far count, so the median of 0 and
        // 10 days is 5, not the 0 of the one case allocated.
        assertThat(figures.casesWaiting()).isEqualTo(1);
        assertThat(figures.medianDaysToFirstAllocation()).isEqualTo(5.0);
    }

    @Test
    void byTeamAChildCountsToTheirLatestPrimaryWorkersTeam() throws Exception {
        Register register = Bundles.read(Path.of("src/test/resources/bundles/small"));

        var byTeam = Continuity.byTeam(register, DATE);

        // Latest primaries: C001 W1 (T1), C002 W2 (on 2025-09-30 only W2's fixed-term row in T1 is in force),
        // C003 W2 until 2025-08-01 (the permanent T2 row ended on 2025-06-30, so T1 again), C004 W3 (agency, T2).
        assertThat(byTeam.get("T1").children()).isEqualTo(3);
        assertThat(byTeam.get("T2").children()).isEqualTo(1);
        assertThat(byTeam.get("T2").childrenWith3PlusWorkers()).isEqualTo(1);
        assertThat(byTeam.values().stream().mapToInt(Figures::children).sum()).isEqualTo(Continuity.of(register, DATE).children());
    }
}
