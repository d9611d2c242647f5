package uk.retain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.retain.workforce.Allocation;
import uk.retain.workforce.AllocationRole;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.BundleWriter;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Case;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.ChangeReason;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.ServiceArea;
import uk.retain.workforce.SupervisionKind;

/** The demo council: the same every time, a valid bundle, and the shape the brief asks of it. */
class DemoCouncilTest {

    private static final LocalDate CENSUS_2025 = LocalDate.of(2025, 9, 30);

    static Register demo;

    @BeforeAll
    static void generate() {
        demo = DemoCouncil.demo();
    }

    @Test
    void twoRunsGiveTheSameRegister() {
        assertThat(DemoCouncil.demo()).isEqualTo(demo);
    }

    @Test
    void anotherSeedGivesAnotherCouncil() {
        CouncilSize other = new CouncilSize("Otherton", 1, CouncilSize.DEMO.historyStart(), CouncilSize.DEMO.historyEnd(), 7);
        assertThat(DemoCouncil.generate(other).employments()).isNotEqualTo(demo.employments());
    }

    @Test
    void itIsAValidBundleThatReadsBackUnchanged(@TempDir Path folder) throws Exception {
        BundleWriter.writeFolder(demo, folder);

        assertThat(Bundles.read(folder)).isEqualTo(demo);
    }

    @Test
    void itIsExampleshireInTheEastOfEngland() {
        assertThat(demo.authority().laCode()).isEqualTo("999");
        assertThat(demo.authority().name()).isEqualTo("Exampleshire");
        assertThat(demo.authority().regionCode()).isEqualTo("E12000006");
        assertThat(demo.files()).containsExactlyInAnyOrder(BundleFile.values());
    }

    @Test
    void aboutTwoHundredAndFiftySocialWorkersInAboutFifteenTeams() {
        long working = demo.workers().stream()
                .filter(worker -> rowsOf(worker.workerId()).stream().anyMatch(row -> row.inForceOn(CENSUS_2025)))
                .count();
        assertThat(working).isBetween(220L, 280L);
        assertThat(demo.teams()).hasSizeBetween(14, 18);
        assertThat(demo.teams().stream().map(team -> team.service()).collect(Collectors.toSet()))
                .contains(ServiceArea.FRONT_DOOR, ServiceArea.ASSESSMENT, ServiceArea.CHILD_IN_NEED, ServiceArea.CHILD_PROTECTION,
                        ServiceArea.CHILDREN_IN_CARE, ServiceArea.CARE_LEAVERS, ServiceArea.DISABLED_CHILDREN, ServiceArea.COURT);
        assertThat(demo.teams().stream().map(team -> team.locality()).collect(Collectors.toSet()))
                .contains("North", "South", "East", "West");
    }

    @Test
    void theHistoryRunsFromOctober2022ToOctober2026() {
        assertThat(demo.employments().stream().map(Employment::endDate).filter(d -> d != null).max(LocalDate::compareTo))
                .hasValueSatisfying(last -> assertThat(last).isBefore(LocalDate.of(2026, 10, 31)).isAfter(LocalDate.of(2026, 9, 1)));
        assertThat(demo.supervisions().get(0).date()).isAfterOrEqualTo(LocalDate.of(2022, 10, 1));
        assertThat(demo.supervisions().get(demo.supervisions().size() - 1).date()).isBeforeOrEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void theWorkforceChangesAsARealOneDoes() {
        List<Employment> rows = demo.employments();
        assertThat(rows).anyMatch(row -> row.isAgency() && row.postId() != null);
        assertThat(rows).anyMatch(row -> row.isAgency() && row.postId() == null);
        assertThat(rows).anyMatch(row -> row.endReason() != null && row.leaverDestination() != null);
        assertThat(rows).anyMatch(row -> row.contract() == uk.retain.workforce.Contract.FIXED_TERM);
        assertThat(rows).anyMatch(row -> row.fte().compareTo(java.math.BigDecimal.ONE) < 0);
        assertThat(rows.stream().map(Employment::jobRole).collect(Collectors.toSet())).contains(
                JobRole.ASYE_SOCIAL_WORKER, JobRole.SOCIAL_WORKER, JobRole.SENIOR_SOCIAL_WORKER,
                JobRole.ADVANCED_PRACTITIONER, JobRole.TEAM_MANAGER, JobRole.PRACTICE_EDUCATOR);
        assertThat(roleChanges(JobRole.ASYE_SOCIAL_WORKER, JobRole.SOCIAL_WORKER)).isGreaterThan(10);
        assertThat(roleChanges(JobRole.SOCIAL_WORKER, JobRole.SENIOR_SOCIAL_WORKER)).isGreaterThan(5);
        assertThat(roleChanges(JobRole.SENIOR_SOCIAL_WORKER, JobRole.ADVANCED_PRACTITIONER)).isGreaterThan(0);
        assertThat(workersWithTwoRowsAtOnce()).isNotEmpty();
        assertThat(demo.posts()).anyMatch(post -> post.fundedTo() != null);
        assertThat(demo.posts()).anyMatch(post -> post.fundedFrom().isAfter(LocalDate.of(2022, 10, 1)));
    }

    @Test
    void someFundedPostsAreUnfilledOnTheCensusDay() {
        Set<String> filled = demo.employments().stream()
                .filter(row -> !row.isAgency() && row.postId() != null && row.inForceOn(CENSUS_2025))
                .map(Employment::postId).collect(Collectors.toSet());
        assertThat(demo.posts().stream().filter(post -> post.fundedOn(CENSUS_2025) && !filled.contains(post.postId())))
                .hasSizeGreaterThan(10);
    }

    @Test
    void absencesIncludeSicknessOverTheCensusDayAndRecordedWorkingDays() {
        assertThat(demo.absences()).anyMatch(absence -> absence.reason() == uk.retain.workforce.AbsenceReason.SIC
                && !absence.startDate().isAfter(CENSUS_2025) && !absence.endDate().isBefore(CENSUS_2025));
        assertThat(demo.absences()).anyMatch(absence -> absence.workingDays() != null);
        assertThat(demo.absences()).anyMatch(absence -> absence.reason() == uk.retain.workforce.AbsenceReason.MAT);
    }

    @Test
    void casesCoverEveryCategoryWithSiblingsAndCourtWork() {
        assertThat(demo.cases().stream().map(Case::category).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CaseCategory.values());
        assertThat(demo.cases()).anyMatch(Case::courtProceedings);
        assertThat(demo.cases()).allMatch(item -> item.childId().matches("C[0-9]{6}"));
        Map<String, Long> childrenByFamily = demo.cases().stream().filter(item -> item.familyId() != null)
                .collect(Collectors.groupingBy(Case::familyId, Collectors.counting()));
        assertThat(childrenByFamily.values()).anyMatch(children -> children >= 3);
    }

    @Test
    void allocationsAreHandedOnWhenWorkersLeaveAndNewlyQualifiedWorkersAreCoWorked() {
        assertThat(demo.allocations().stream().map(Allocation::changeReason).collect(Collectors.toSet()))
                .contains(ChangeReason.WORKER_LEFT, ChangeReason.WORKER_MOVED, ChangeReason.CASE_TRANSFERRED,
                        ChangeReason.WORKLOAD_BALANCE, ChangeReason.CASE_CLOSED, ChangeReason.OTHER);
        assertThat(demo.allocations()).anyMatch(allocation -> allocation.role() == AllocationRole.CO_WORKER);
        Map<String, JobRole> asye = new HashMap<>();
        demo.employments().stream().filter(row -> row.jobRole() == JobRole.ASYE_SOCIAL_WORKER)
                .forEach(row -> asye.put(row.workerId(), row.jobRole()));
        Set<String> coWorkedCases = demo.allocations().stream().filter(a -> a.role() == AllocationRole.CO_WORKER)
                .map(Allocation::caseId).collect(Collectors.toSet());
        assertThat(demo.allocations()).anyMatch(a -> a.isPrimary() && asye.containsKey(a.workerId())
                && coWorkedCases.contains(a.caseId()));
    }

    @Test
    void someCasesWaitDaysForAWorker() {
        Map<String, List<Allocation>> primaries = demo.allocations().stream().filter(Allocation::isPrimary)
                .collect(Collectors.groupingBy(Allocation::caseId));
        long gaps = primaries.values().stream().filter(rows -> {
            for (int i = 1; i < rows.size(); i++) {
                if (rows.get(i).startDate().isAfter(rows.get(i - 1).endDate().plusDays(1))) {
                    return true;
                }
            }
            return false;
        }).count();
        assertThat(gaps).isGreaterThan(10);
    }

    @Test
    void theHistoryEndsWithTheLastDaysCasesWaitingForAWorker() {
        LocalDate end = CouncilSize.DEMO.historyEnd();
        Set<String> held = demo.allocations().stream().filter(a -> a.isPrimary() && a.inForceOn(end))
                .map(Allocation::caseId).collect(Collectors.toSet());
        List<Case> waiting = demo.cases().stream()
                .filter(item -> item.openOn(end) && !held.contains(item.caseId())).toList();

        // A team manager opening the demo finds new referrals to allocate, as on any Friday afternoon.
        assertThat(waiting).filteredOn(item -> !item.openedOn().isBefore(end.minusDays(3)))
                .hasSizeGreaterThan(10)
                .anyMatch(item -> item.category() == CaseCategory.ASSESSMENT);
    }

    @Test
    void supervisionIsHeldInEveryKindAndMoreOftenForTheNewlyQualified() {
        assertThat(demo.supervisions().stream().map(s -> s.kind()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(SupervisionKind.values());
        assertThat(demo.supervisions()).allMatch(s -> !s.workerId().equals(s.supervisorId()));
        Set<String> asye = demo.employments().stream().filter(row -> row.jobRole() == JobRole.ASYE_SOCIAL_WORKER)
                .map(Employment::workerId).collect(Collectors.toSet());
        Map<String, Long> oneToOnes = demo.supervisions().stream().filter(s -> s.kind() == SupervisionKind.ONE_TO_ONE)
                .collect(Collectors.groupingBy(s -> s.workerId(), Collectors.counting()));
        assertThat(oneToOnes.entrySet()).anyMatch(entry -> asye.contains(entry.getKey()) && entry.getValue() > 25);
    }

    private List<Employment> rowsOf(String workerId) {
        return demo.employments().stream().filter(row -> row.workerId().equals(workerId)).toList();
    }

    /** Rows in {@code to} that continue, the next day, a row of the same worker in {@code from}. */
    private static long roleChanges(JobRole from, JobRole to) {
        Map<String, List<Employment>> byWorker = demo.employments().stream()
                .collect(Collectors.groupingBy(Employment::workerId));
        long changes = 0;
        for (List<Employment> rows : byWorker.values()) {
            for (Employment earlier : rows) {
                for (Employment later : rows) {
                    if (earlier.jobRole() == from && later.jobRole() == to && earlier.endDate() != null
                            && later.startDate().equals(earlier.endDate().plusDays(1))) {
                        changes++;
                    }
                }
            }
        }
        return changes;
    }

    private static Set<String> workersWithTwoRowsAtOnce() {
        Set<String> workers = new HashSet<>();
        Map<String, List<Employment>> byWorker = demo.employments().stream()
                .collect(Collectors.groupingBy(Employment::workerId));
        byWorker.forEach((worker, rows) -> {
            for (Employment a : rows) {
                for (Employment b : rows) {
                    if (a != b && a.inForceOn(b.startDate())) {
                        workers.add(worker);
                    }
                }
            }
        });
        return workers;
    }
}
