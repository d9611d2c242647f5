package uk.retain.workforce.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.retain.web.Column;
import uk.retain.web.Days;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.Case;
import uk.retain.workforce.Employment;
import uk.retain.workforce.Register;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

/** Reads a worker's record out of a register for a reference date. */
@Component
class WorkerRecords {

    private static final Comparator<Employment> NEWEST_FIRST = Comparator.comparing(Employment::startDate)
            .thenComparing(Employment::endDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .reversed();

    private final Labels labels;

    WorkerRecords(Labels labels) {
        this.labels = labels;
    }

    /** The columns of a worker's cases list, on the page and in its CSV download. */
    static List<Column<WorkerRecord.CaseRow>> caseColumns() {
        return List.of(
                Column.text("case_id", "worker.cases.caseId", WorkerRecord.CaseRow::caseId),
                Column.text("child_id", "worker.cases.childId", WorkerRecord.CaseRow::childId),
                Column.text("category", "worker.cases.category", WorkerRecord.CaseRow::category),
                Column.text("court_proceedings", "worker.cases.courtProceedings", WorkerRecord.CaseRow::courtProceedings),
                Column.text("role", "worker.cases.role", WorkerRecord.CaseRow::role),
                Column.text("since", "worker.cases.since", WorkerRecord.CaseRow::since));
    }

    /** The ids of every team the worker has ever had a row in (empty for a worker with no employment). */
    static Set<String> teamsEver(Register register, String workerId) {
        return register.employments().stream().filter(row -> row.workerId().equals(workerId))
                .map(Employment::teamId).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The worker's record on {@code date}, or empty when the register has no such worker.
     *
     * @param recentDays how far back from the date an allocation's start counts as recent
     * @param personalDetails whether to include birth date, gender and ethnicity
     */
    Optional<WorkerRecord> find(Register register, String workerId, LocalDate date, int recentDays, boolean personalDetails) {
        Map<String, Worker> workers = register.workers().stream().collect(Collectors.toMap(Worker::workerId, Function.identity()));
        Worker worker = workers.get(workerId);
        if (worker == null) {
            return Optional.empty();
        }
        Map<String, Team> teams = register.teams().stream().collect(Collectors.toMap(Team::teamId, Function.identity()));
        Map<String, Case> cases = register.cases().stream().collect(Collectors.toMap(Case::caseId, Function.identity()));
        List<Employment> rows = register.employments().stream().filter(row -> row.workerId().equals(workerId))
                .sorted(NEWEST_FIRST).toList();
        List<Employment> onDate = rows.stream().filter(row -> row.inForceOn(date)).toList();
        List<Allocation> allocations = register.allocations().stream().filter(a -> a.workerId().equals(workerId))
                .sorted(Comparator.comparing(Allocation::startDate).reversed().thenComparing(Allocation::caseId)).toList();

        List<WorkerRecord.CaseRow> held = allocations.stream()
                .filter(a -> a.inForceOn(date) && cases.containsKey(a.caseId()) && cases.get(a.caseId()).openOn(date))
                .map(a -> caseRow(a, cases.get(a.caseId()))).toList();
        LocalDate recentFrom = date.minusDays(recentDays);
        List<WorkerRecord.AllocationRow> recent = allocations.stream()
                .filter(a -> !a.startDate().isBefore(recentFrom) && !a.startDate().isAfter(date))
                .map(a -> allocationRow(a, cases.get(a.caseId()))).toList();
        List<WorkerRecord.SupervisionRow> supervisions = register.supervisions().stream()
                .filter(s -> s.workerId().equals(workerId) && !s.date().isAfter(date))
                .sorted(Comparator.comparing(Supervision::date).reversed())
                .map(s -> new WorkerRecord.SupervisionRow(Days.written(s.date()), labels.of("worker.supervision.kind", s.kind()),
                        s.minutes(), workers.containsKey(s.supervisorId()) ? PersonName.of(workers.get(s.supervisorId())).toString()
                                : s.supervisorId()))
                .toList();

        WorkerRecord.PersonalDetails personal = personalDetails ? new WorkerRecord.PersonalDetails(
                Days.written(worker.dateOfBirth()), labels.of("worker.gender", worker.gender()),
                labels.of("worker.ethnicity", worker.ethnicity())) : null;
        return Optional.of(new WorkerRecord(worker, PersonName.of(worker), date, Days.written(worker.qualifiedOn()),
                distinct(onDate.stream().map(row -> teamName(teams, row.teamId())).toList()),
                distinct(onDate.stream().map(row -> labels.of("worker.jobRole", row.jobRole())).toList()),
                personal,
                rows.stream().map(row -> historyRow(row, teams)).toList(), held, recent, recentDays, supervisions));
    }

    private WorkerRecord.HistoryRow historyRow(Employment row, Map<String, Team> teams) {
        return new WorkerRecord.HistoryRow(teamName(teams, row.teamId()), labels.of("worker.jobRole", row.jobRole()),
                labels.of("worker.contract", row.contract()), row.fte(), Days.written(row.startDate()), Days.written(row.endDate()),
                labels.of("worker.endReason", row.endReason()));
    }

    private WorkerRecord.CaseRow caseRow(Allocation allocation, Case item) {
        return new WorkerRecord.CaseRow(item.caseId(), item.childId(), labels.of("worker.category", item.category()),
                labels.yesNo(item.courtProceedings()), labels.of("worker.allocationRole", allocation.role()), allocation.startDate());
    }

    private WorkerRecord.AllocationRow allocationRow(Allocation allocation, Case item) {
        return new WorkerRecord.AllocationRow(allocation.caseId(), item == null ? null : item.childId(),
                item == null ? null : labels.of("worker.category", item.category()),
                labels.of("worker.allocationRole", allocation.role()), Days.written(allocation.startDate()),
                Days.written(allocation.endDate()), labels.of("worker.changeReason", allocation.changeReason()));
    }

    private static String teamName(Map<String, Team> teams, String teamId) {
        Team team = teams.get(teamId);
        return team == null ? teamId : team.name();
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
