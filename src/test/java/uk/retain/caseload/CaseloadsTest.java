package uk.retain.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.caseload.Caseloads.Alert;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Register;

/** Loads, the unallocated queue and the alerts on the small test bundle (read it to follow the numbers). */
class CaseloadsTest {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");

    @TempDir
    Path temp;

    @Test
    void loadsAgainstCapacity() throws Exception {
        Caseloads caseloads = Caseloads.of(Bundles.read(SMALL), CaseloadPolicy.DEFAULT, LocalDate.of(2025, 9, 30));

        // W1: senior social worker, qualified 2015, 1.0 FTE: cap 18; holds K1 as primary and co-works K2.
        WorkerLoad w1 = caseloads.workers().get("W1");
        assertThat(w1.cases()).isEqualTo(1);
        assertThat(w1.cap()).isEqualTo(18);
        assertThat(w1.points()).as("K1 child protection 8 + co-working K2 3").isEqualTo(11);
        assertThat(w1.percent()).isCloseTo(100.0 / 18, org.assertj.core.data.Offset.offset(1e-9));
        // W2: fixed-term social worker qualified 2024 (under 2 years), 0.4 FTE: 15 x 0.4 = 6.
        assertThat(caseloads.workers().get("W2").cap()).isEqualTo(6);
        // TM1: team manager, takes no cases.
        assertThat(caseloads.workers().get("TM1").cap()).isZero();
        assertThat(caseloads.workers().get("TM1").percent()).isNull();
        // W4 left on 2025-08-15.
        assertThat(caseloads.workers()).doesNotContainKey("W4");
        assertThat(caseloads.team("T1")).extracting(WorkerLoad::workerId).containsExactly("TM1", "W1", "W2");
    }

    @Test
    void unallocatedCasesWaitInWorkingDays() throws Exception {
        Caseloads caseloads = Caseloads.of(Bundles.read(SMALL), CaseloadPolicy.DEFAULT, LocalDate.of(2025, 9, 30));

        // K5 opened on Saturday 2025-09-20 and has no primary: Mon 22 to Tue 30 September is 7 working days.
        assertThat(caseloads.unallocated()).singleElement().satisfies(waiting -> {
            assertThat(waiting.item().caseId()).isEqualTo("K5");
            assertThat(waiting.workingDaysWaiting()).isEqualTo(7);
        });
        assertThat(caseloads.alerts()).extracting(Alert::kind, Alert::caseId, Alert::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(Alert.Kind.UNALLOCATED_TOO_LONG, "K5", new Caseloads.Waiting(7, 5)));
    }

    @Test
    void aNewlyQualifiedWorkerNeverHoldsChildProtectionAlone() throws Exception {
        Path bundle = copyOfSmall();
        // W2 becomes an ASYE worker holding K2 (child protection, in court) with W1 (a senior social worker, not an
        // advanced practitioner) co-working: the rule is broken. With W4 (advanced practitioner) it would hold.
        Files.writeString(bundle.resolve("employments.csv"), Files.readString(bundle.resolve("employments.csv"))
                .replace("W2,fixed_term,social_worker,T1,,0.4,", "W2,fixed_term,asye_social_worker,T1,,0.4,"));
        Register register = Bundles.read(bundle);

        Caseloads caseloads = Caseloads.of(register, CaseloadPolicy.DEFAULT, LocalDate.of(2025, 9, 30));

        assertThat(caseloads.protectionBreaches()).singleElement().satisfies(alert -> {
            assertThat(alert.workerId()).isEqualTo("W2");
            assertThat(alert.caseId()).isEqualTo("K2");
            assertThat(alert.detail()).as("K2 is child protection and in court proceedings")
                    .isEqualTo(new Caseloads.Unprotected(ProtectedWork.CHILD_PROTECTION_IN_COURT));
        });
        assertThat(Caseloads.of(register, CaseloadPolicy.DEFAULT, LocalDate.of(2025, 8, 1)).protectionBreaches())
                .as("before 16 August W4, an advanced practitioner, held K2").isEmpty();
    }

    @Test
    void overCapIsAnAlert() throws Exception {
        CaseloadPolicy tight = new CaseloadPolicy(CaseloadPolicy.DEFAULT.caseHoldingRoles(), 13, 15, 12, 0,
                CaseloadPolicy.DEFAULT.weighting(), 5);
        Caseloads caseloads = Caseloads.of(Bundles.read(SMALL), tight, LocalDate.of(2025, 9, 30));

        assertThat(caseloads.alerts()).extracting(Alert::kind, Alert::workerId, Alert::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(Alert.Kind.OVER_CAP, "W1", new Caseloads.OverCap(1, 0, 11, 100, false)));
    }

    private Path copyOfSmall() throws java.io.IOException {
        Path copy = Files.createDirectories(temp.resolve("bundle"));
        try (var files = Files.list(SMALL)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void aNewlyQualifiedWorkerNeverHoldsProtectionOrCourtWorkAlone() {
        var protection = new uk.retain.workforce.Case("K1", "C1", null, uk.retain.workforce.CaseCategory.CHILD_PROTECTION, false,
                LocalDate.of(2025, 1, 1), null);
        var court = new uk.retain.workforce.Case("K2", "C2", null, uk.retain.workforce.CaseCategory.CHILD_IN_CARE, true,
                LocalDate.of(2025, 1, 1), null);
        var inNeed = new uk.retain.workforce.Case("K3", "C3", null, uk.retain.workforce.CaseCategory.CHILD_IN_NEED, false,
                LocalDate.of(2025, 1, 1), null);

        assertThat(Caseloads.mayHoldAlone(uk.retain.workforce.JobRole.ASYE_SOCIAL_WORKER, protection)).isFalse();
        assertThat(Caseloads.mayHoldAlone(uk.retain.workforce.JobRole.ASYE_SOCIAL_WORKER, court)).isFalse();
        assertThat(Caseloads.mayHoldAlone(uk.retain.workforce.JobRole.ASYE_SOCIAL_WORKER, inNeed)).isTrue();
        assertThat(Caseloads.mayHoldAlone(uk.retain.workforce.JobRole.SOCIAL_WORKER, protection)).isTrue();
    }
}
