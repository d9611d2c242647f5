package uk.retain.workforce.records;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.retain.web.Column;
import uk.retain.web.Days;
import uk.retain.web.Paged;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.Case;
import uk.retain.workforce.Employment;
import uk.retain.workforce.Register;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

/** Reads a worker's record out of a register for a reference date. */
@Component
public class WorkerRecords {

    /** How many of a worker's supervision sessions a record shows at once, newest first. */
    public static final int SESSIONS_SHOWN = 10;

    private static final Comparator<Employment> NEWEST_FIRST = Comparator.comparing(Employment::startDate)
            .thenComparing(Employment::endDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .reversed();

    private final Labels labels;

    public WorkerRecords(Labels labels) {
        this.labels = labels;
    }

    /** The columns of a worker's cases list, on the page and in its CSV download. */
    public static List<Column<WorkerRecord.CaseRow>> caseColumns() {
        return List.of(
                Column.text("case_id", "worker.cases.caseId", WorkerRecord.CaseRow::caseId),
                Column.text("child_id", "worker.cases.childId", WorkerRecord.CaseRow::childId),
                Column.text("category", "worker.cases.category", WorkerRecord.CaseRow::category),
                Column.text("court_proceedings", "worker.cases.courtProceedings", WorkerRecord.CaseRow::courtProceedings),
                Column.text("role", "worker.cases.role", WorkerRecord.CaseRow::role),
                Column.text("since", "worker.cases.since", WorkerRecord.CaseRow::since));
    }

    /** The ids of the teams the worker has a row in on {@code date} (empty for a worker not in employment then). */
    public static Set<String> teamsOn(Register register, String workerId, LocalDate date) {
        return register.employments().stream().filter(row -> row.workerId().equals(workerId) && row.inForceOn(date))
                .map(Employment::teamId).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The team the worker holds their cases in on {@code day}: the team of their main row that day (measures.md's
     * grouping rule, as the team caseloads count them), or null when they are in no employment that day.
     */
    public static String caseTeamOn(List<Employment> workerRows, LocalDate day) {
        List<Employment> inForce = workerRows.stream().filter(row -> row.inForceOn(day)).toList();
        return inForce.isEmpty() ? null : Employment.main(inForce).teamId();
    }

    /**
     * The worker's record on {@code date}, or empty when the register has no such worker.
     *
     * @param recentDays how far back from the date an allocation's start counts as recent
     * @param personalDetails whether to include birth date, gender and ethnicity
     * @param seesTeam the teams whose cases the viewer sees (every team for the roles without a team limit; a
     *     team manager their own): a case held in another team (the worker's main team on the day) is left out,
     *     as is an employment row in another team that starts after the date, and the record says when the
     *     worker has moved out of the teams seen
     */
    public Optional<WorkerRecord> find(Register register, String workerId, LocalDate date, int recentDays, boolean personalDetails,
            Predicate<String> seesTeam) {
        Map<String, Worker> workers = workers(register);
        Worker worker = workers.get(workerId);
        if (worker == null) {
            return Optional.empty();
        }
        Map<String, Team> teams = register.teams().stream().collect(Collectors.toMap(Team::teamId, Function.identity()));
        Map<String, Case> cases = register.cases().stream().collect(Collectors.toMap(Case::caseId, Function.identity()));
        List<Employment> allRows = register.employments().stream().filter(row -> row.workerId().equals(workerId))
                .sorted(NEWEST_FIRST).toList();
        List<Employment> rows = allRows.stream()
                .filter(row -> seesTeam.test(row.teamId()) || !row.startDate().isAfter(date)).toList();
        List<Employment> onDate = rows.stream().filter(row -> row.inForceOn(date)).toList();
        List<Allocation> allocations = register.allocations().stream().filter(a -> a.workerId().equals(workerId))
                .sorted(Comparator.comparing(Allocation::startDate).reversed().thenComparing(Allocation::caseId)).toList();

        boolean casesSeen = seesTeam.test(caseTeamOn(allRows, date));
        List<WorkerRecord.CaseRow> held = !casesSeen ? List.of() : allocations.stream()
                .filter(a -> a.inForceOn(date) && cases.containsKey(a.caseId()) && cases.get(a.caseId()).openOn(date))
                .map(a -> caseRow(a, cases.get(a.caseId()))).toList();
        boolean casesWithheld = !casesSeen && allocations.stream()
                .anyMatch(a -> a.inForceOn(date) && cases.containsKey(a.caseId()) && cases.get(a.caseId()).openOn(date));
        LocalDate recentFrom = date.minusDays(recentDays);
        List<WorkerRecord.AllocationRow> recent = allocations.stream()
                .filter(a -> !a.startDate().isBefore(recentFrom) && !a.startDate().isAfter(date))
                .filter(a -> seesTeam.test(caseTeamOn(allRows, a.startDate())))
                .map(a -> allocationRow(a, cases.get(a.caseId()))).toList();
        List<WorkerRecord.SupervisionRow> supervisions = supervisionRows(workers, register.supervisions().stream()
                .filter(s -> s.workerId().equals(workerId) && !s.date().isAfter(date))
                .sorted(Comparator.comparing(Supervision::date).reversed()).toList());

        WorkerRecord.PersonalDetails personal = personalDetails ? new WorkerRecord.PersonalDetails(
                Days.written(worker.dateOfBirth()), labels.of("worker.gender", worker.gender()),
                labels.of("worker.ethnicity", worker.ethnicity())) : null;
        LocalDate moved = movedOutOn(allRows, seesTeam);
        return Optional.of(new WorkerRecord(worker, PersonName.of(worker), date, Days.written(worker.qualifiedOn()),
                distinct(onDate.stream().map(row -> teamName(teams, row.teamId())).toList()),
                distinct(onDate.stream().map(row -> labels.of("worker.jobRole", row.jobRole())).toList()),
                personal,
                rows.stream().map(row -> historyRow(row, teams)).toList(), held, casesWithheld, recent, recentDays, supervisions,
                moved == null ? null : Days.written(moved)));
    }

    /** The register's workers by id. */
    public static Map<String, Worker> workers(Register register) {
        return register.workers().stream().collect(Collectors.toMap(Worker::workerId, Function.identity()));
    }

    /** The name of a worker of {@code workers}, or their id when there is no such worker. */
    public static String nameOf(Map<String, Worker> workers, String workerId) {
        Worker worker = workers.get(workerId);
        return worker == null ? workerId : PersonName.of(worker).toString();
    }

    /** Supervision sessions as a record's table shows them, in the order given. */
    public List<WorkerRecord.SupervisionRow> supervisionRows(Register register, List<Supervision> sessions) {
        return supervisionRows(workers(register), sessions);
    }

    private List<WorkerRecord.SupervisionRow> supervisionRows(Map<String, Worker> workers, List<Supervision> sessions) {
        return sessions.stream().map(s -> new WorkerRecord.SupervisionRow(Days.written(s.date()),
                labels.of("worker.supervision.kind", s.kind()), s.minutes(), nameOf(workers, s.supervisorId()))).toList();
    }

    /** Page {@code page} of the record's supervision sessions, newest first. */
    public static Paged<WorkerRecord.SupervisionRow> sessions(WorkerRecord record, Integer page) {
        return Paged.of(record.supervisions(), SESSIONS_SHOWN, page, "sessions", "supervision");
    }

    /**
     * The last day the worker was in a team seen, when they are in employment in another team after it (they have
     * moved out of the teams seen); null otherwise (still in them, never in them, or left the authority).
     */
    public static LocalDate movedOutOn(List<Employment> workerRows, Predicate<String> seesTeam) {
        LocalDate last = null;
        for (Employment row : workerRows) {
            if (seesTeam.test(row.teamId())) {
                if (row.endDate() == null) {
                    return null;
                }
                last = last == null || row.endDate().isAfter(last) ? row.endDate() : last;
            }
        }
        LocalDate lastInTeams = last;
        boolean elsewhereAfter = lastInTeams != null && workerRows.stream().anyMatch(row -> !seesTeam.test(row.teamId())
                && (row.endDate() == null || row.endDate().isAfter(lastInTeams)));
        return elsewhereAfter ? lastInTeams : null;
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
