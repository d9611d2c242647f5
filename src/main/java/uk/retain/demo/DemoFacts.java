package uk.retain.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.retain.caseload.CaseloadPolicy;
import uk.retain.workforce.Absence;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.Case;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.EmploymentHistory.Kind;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.SupervisionKind;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

/**
 * The simulated register read once for the files written from it ({@link CapabilityRows}): each worker's
 * history, sessions and cases, the teams, which teams were stretched, and the history's first and last days.
 */
final class DemoFacts {

    final Register register;
    final LocalDate first;
    final LocalDate last;
    final TeamStrain strain;
    /** Every worker's history, in worker_id order. */
    final Map<String, EmploymentHistory> histories = new TreeMap<>();
    final Map<String, Worker> workers = new HashMap<>();
    final Map<String, Team> teams = new HashMap<>();
    private final Map<String, List<Supervision>> sessions = new HashMap<>();
    private final Map<String, List<Allocation>> primaries = new HashMap<>();
    private final Map<String, Case> cases = new HashMap<>();
    private final Map<String, List<Absence>> absences = new HashMap<>();

    DemoFacts(Register register, LocalDate first, LocalDate last, TeamStrain strain) {
        this.register = register;
        this.first = first;
        this.last = last;
        this.strain = strain;
        Map<String, List<Employment>> rows = new TreeMap<>();
        for (Employment row : register.employments()) {
            rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
        }
        rows.forEach((id, list) -> histories.put(id, EmploymentHistory.of(list)));
        register.workers().forEach(worker -> workers.put(worker.workerId(), worker));
        register.teams().forEach(team -> teams.put(team.teamId(), team));
        for (Supervision session : register.supervisions()) {
            sessions.computeIfAbsent(session.workerId(), id -> new ArrayList<>()).add(session);
        }
        for (Allocation allocation : register.allocations()) {
            if (allocation.isPrimary()) {
                primaries.computeIfAbsent(allocation.workerId(), id -> new ArrayList<>()).add(allocation);
            }
        }
        register.cases().forEach(item -> cases.put(item.caseId(), item));
        for (Absence absence : register.absences()) {
            absences.computeIfAbsent(absence.workerId(), id -> new ArrayList<>()).add(absence);
        }
    }

    EmploymentHistory history(String workerId) {
        return histories.getOrDefault(workerId, EmploymentHistory.none());
    }

    /** The team of the worker's main row of {@code kind} on the day, or null. */
    String mainTeam(String workerId, LocalDate day, Kind kind) {
        Employment row = history(workerId).mainRow(day, kind);
        return row == null ? null : row.teamId();
    }

    /** The worker's main role on the day (all rows), or null. */
    JobRole mainRole(String workerId, LocalDate day) {
        Employment row = history(workerId).mainRow(day);
        return row == null ? null : row.jobRole();
    }

    /** Whether the worker had a one-to-one of at least 90 minutes (what the measures count) in the 35 days to the day. */
    boolean supervisedRecently(String workerId, LocalDate day) {
        for (Supervision session : sessions.getOrDefault(workerId, List.of())) {
            if (session.kind() == SupervisionKind.ONE_TO_ONE && session.minutes() >= 90 && !session.date().isAfter(day)
                    && session.date().isAfter(day.minusDays(35))) {
                return true;
            }
        }
        return false;
    }

    /** The worker's open cases held as primary on the day against their cap under the default policy; 0 without a cap. */
    double caseloadAgainstCap(String workerId, LocalDate day) {
        Employment main = history(workerId).mainRow(day);
        if (main == null) {
            return 0;
        }
        BigDecimal fte = BigDecimal.ZERO;
        for (Employment row : history(workerId).rowsOn(day)) {
            fte = fte.add(row.fte());
        }
        int cap = CaseloadPolicy.DEFAULT.cap(main.jobRole(), workers.get(workerId).qualifiedOn(), fte.min(BigDecimal.ONE), day);
        if (cap == 0) {
            return 0;
        }
        int held = 0;
        for (Allocation allocation : primaries.getOrDefault(workerId, List.of())) {
            Case item = cases.get(allocation.caseId());
            if (allocation.inForceOn(day) && item != null && item.openOn(day)) {
                held++;
            }
        }
        return (double) held / cap;
    }

    /** Whether the worker is absent (any reason) on every day from {@code first} to {@code last}. */
    boolean awayThroughout(String workerId, LocalDate first, LocalDate last) {
        for (Absence absence : absences.getOrDefault(workerId, List.of())) {
            if (!absence.startDate().isAfter(first) && !absence.endDate().isBefore(last)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the day is Monday to Friday. */
    static boolean weekday(LocalDate day) {
        return CensusYears.weekday(day);
    }

    /** The day, or the Monday after when it falls at a weekend. */
    static LocalDate weekdayFrom(LocalDate day) {
        LocalDate on = day;
        while (!weekday(on)) {
            on = on.plusDays(1);
        }
        return on;
    }

    /** The day, or the Friday before when it falls at a weekend. */
    static LocalDate weekdayUntil(LocalDate day) {
        LocalDate on = day;
        while (!weekday(on)) {
            on = on.minusDays(1);
        }
        return on;
    }
}
