package uk.retain.caseload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.retain.caseload.Caseloads.Alert;
import uk.retain.caseload.Caseloads.Unallocated;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.Employment;
import uk.retain.workforce.Register;

/**
 * One team's view of the caseloads on a date: its workers' loads, the team's totals, the alerts about its
 * workers and its cases, and the cases waiting for a primary worker that are the team's to allocate.
 *
 * <p>A waiting case is the team's when its last primary worker was in the team on the last day they held it
 * (their main row that day). A case that never had a primary worker is the front door's: it waits in the queue
 * of every team, since any team manager of the authority may take it.
 */
public final class TeamCaseloads {

    private final Caseloads caseloads;
    private final String teamId;
    private final List<WorkerLoad> workers;
    private final List<Queued> queue;

    private TeamCaseloads(Register register, Caseloads caseloads, String teamId) {
        this.caseloads = caseloads;
        this.teamId = teamId;
        this.workers = caseloads.team(teamId);
        this.queue = queue(register, caseloads, teamId);
    }

    public static TeamCaseloads of(Register register, Caseloads caseloads, String teamId) {
        return new TeamCaseloads(register, caseloads, teamId);
    }

    /** A case waiting for a primary worker, and whether it has never had one (the front door's queue). */
    public record Queued(Unallocated waiting, boolean neverAllocated) {
    }

    /**
     * The team's figures on the date.
     *
     * @param caseHolders workers whose role holds cases under the policy
     * @param caseHolderFte their FTE
     * @param cases open cases held as primary worker by anyone in the team
     * @param cap the sum of the workers' caps
     * @param points the sum of the workers' points
     * @param capacityPoints the sum of their capacities in points
     * @param weighted whether the policy weighs cases in points
     * @param overCap workers over their cap (or capacity)
     * @param absent workers with an absence covering the date
     * @param waiting cases in the team's unallocated queue
     */
    public record Totals(int workers, int caseHolders, BigDecimal caseHolderFte, int cases, int cap, int points,
            int capacityPoints, boolean weighted, int overCap, int absent, int waiting) {

        /** The team's load as a percentage of its capacity, as {@link WorkerLoad#percent()} is for one worker. */
        public Double percent() {
            if (cap == 0) {
                return null;
            }
            double byCases = 100.0 * cases / cap;
            return !weighted || capacityPoints == 0 ? byCases : Math.max(byCases, 100.0 * points / capacityPoints);
        }
    }

    public String teamId() {
        return teamId;
    }

    public LocalDate date() {
        return caseloads.date();
    }

    public CaseloadPolicy policy() {
        return caseloads.policy();
    }

    /** The workers of the team on the date (by their main row), by worker_id. */
    public List<WorkerLoad> workers() {
        return workers;
    }

    /** The cases waiting for a primary worker that are the team's (or the front door's), longest waiting first. */
    public List<Queued> queue() {
        return queue;
    }

    public Totals totals() {
        CaseloadPolicy policy = caseloads.policy();
        int holders = 0;
        BigDecimal holderFte = BigDecimal.ZERO;
        int cases = 0;
        int cap = 0;
        int points = 0;
        int capacity = 0;
        int over = 0;
        int absent = 0;
        for (WorkerLoad load : workers) {
            if (policy.holdsCases(load.role())) {
                holders++;
                holderFte = holderFte.add(load.fte());
            }
            cases += load.cases();
            cap += load.cap();
            points += load.points();
            capacity += load.capacityPoints();
            over += load.overCap() ? 1 : 0;
            absent += load.absent() ? 1 : 0;
        }
        return new Totals(workers.size(), holders, holderFte, cases, cap, points, capacity, policy.weighting().enabled(),
                over, absent, queue.size());
    }

    /**
     * The alerts a manager of the team acts on: its workers over cap, its newly qualified workers holding child
     * protection or court work unprotected, and the cases of its queue waiting longer than the policy allows.
     */
    public List<Alert> alerts() {
        Set<String> members = new HashSet<>();
        workers.forEach(load -> members.add(load.workerId()));
        Set<String> queued = new HashSet<>();
        queue.forEach(item -> queued.add(item.waiting().item().caseId()));
        return caseloads.alerts().stream()
                .filter(alert -> alert.kind() == Alert.Kind.UNALLOCATED_TOO_LONG ? queued.contains(alert.caseId())
                        : members.contains(alert.workerId()))
                .toList();
    }

    private static List<Queued> queue(Register register, Caseloads caseloads, String teamId) {
        LocalDate date = caseloads.date();
        Map<String, Allocation> lastPrimary = new HashMap<>();
        for (Allocation allocation : register.allocations()) {
            if (allocation.isPrimary() && !allocation.startDate().isAfter(date)) {
                lastPrimary.merge(allocation.caseId(), allocation,
                        (a, b) -> a.startDate().isAfter(b.startDate()) ? a : b);
            }
        }
        Map<String, List<Employment>> rows = new HashMap<>();
        for (Employment row : register.employments()) {
            rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
        }
        List<Queued> queue = new ArrayList<>();
        for (Unallocated waiting : caseloads.unallocated()) {
            Allocation last = lastPrimary.get(waiting.item().caseId());
            if (last == null) {
                queue.add(new Queued(waiting, true));
            } else if (teamOn(rows.getOrDefault(last.workerId(), List.of()), lastDay(last, date)).filter(teamId::equals).isPresent()) {
                queue.add(new Queued(waiting, false));
            }
        }
        return queue;
    }

    private static LocalDate lastDay(Allocation allocation, LocalDate date) {
        return allocation.endDate() == null || allocation.endDate().isAfter(date) ? date : allocation.endDate();
    }

    /**
     * The worker's team on {@code day}: their main row that day, or else the last row that started by then
     * (the register may end a worker's employment a day before their last allocation).
     */
    private static Optional<String> teamOn(List<Employment> rows, LocalDate day) {
        List<Employment> inForce = rows.stream().filter(row -> row.inForceOn(day)).toList();
        if (!inForce.isEmpty()) {
            return Optional.of(Employment.main(inForce).teamId());
        }
        return rows.stream().filter(row -> !row.startDate().isAfter(day))
                .max(Comparator.comparing(Employment::startDate)).map(Employment::teamId);
    }
}
