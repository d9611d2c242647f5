package uk.retain.caseload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.retain.workforce.Absence;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.AllocationRole;
import uk.retain.workforce.Case;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.Weekdays;
import uk.retain.workforce.Worker;

/**
 * The caseloads of a register on one date under a policy: every worker's load against capacity, the cases
 * waiting for a primary worker, and the alerts a team manager acts on (over cap, a newly qualified worker
 * holding child protection or court work alone, a case unallocated too long).
 */
public final class Caseloads {

    private final Register register;
    private final CaseloadPolicy policy;
    private final LocalDate date;
    private final Map<String, WorkerLoad> loads = new LinkedHashMap<>();
    private final Map<String, Case> caseById = new HashMap<>();
    private final Map<String, List<Allocation>> allocationsByCase = new HashMap<>();

    private Caseloads(Register register, CaseloadPolicy policy, LocalDate date) {
        this.register = register;
        this.policy = policy;
        this.date = date;
        register.cases().forEach(item -> caseById.put(item.caseId(), item));
        for (Allocation allocation : register.allocations()) {
            allocationsByCase.computeIfAbsent(allocation.caseId(), id -> new ArrayList<>()).add(allocation);
        }
        Map<String, List<Employment>> rows = new HashMap<>();
        for (Employment row : register.employments()) {
            if (row.inForceOn(date)) {
                rows.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row);
            }
        }
        Map<String, int[]> held = new HashMap<>();
        for (Allocation allocation : register.allocations()) {
            Case item = caseById.get(allocation.caseId());
            if (item != null && allocation.inForceOn(date) && item.openOn(date)) {
                int[] counts = held.computeIfAbsent(allocation.workerId(), id -> new int[2]);
                if (allocation.isPrimary()) {
                    counts[0]++;
                    counts[1] += policy.weighting().primaryPoints(item.category(), item.courtProceedings());
                } else {
                    counts[1] += policy.weighting().coWorkingPoints();
                }
            }
        }
        Set<String> absent = new java.util.HashSet<>();
        for (Absence absence : register.absences()) {
            if (!absence.startDate().isAfter(date) && !absence.endDate().isBefore(date)) {
                absent.add(absence.workerId());
            }
        }
        List<Worker> workers = new ArrayList<>(register.workers());
        workers.sort(Comparator.comparing(Worker::workerId));
        for (Worker worker : workers) {
            List<Employment> inForce = rows.get(worker.workerId());
            if (inForce == null) {
                continue;
            }
            Employment main = Employment.main(inForce);
            BigDecimal fte = inForce.stream().map(Employment::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
            int[] counts = held.getOrDefault(worker.workerId(), new int[2]);
            loads.put(worker.workerId(), new WorkerLoad(worker.workerId(), worker.fullName(),
                    main.teamId(), main.jobRole(), fte, counts[0],
                    policy.cap(main.jobRole(), worker.qualifiedOn(), fte.min(BigDecimal.ONE), date), counts[1],
                    policy.capacityPoints(main.jobRole(), fte.min(BigDecimal.ONE)), policy.weighting().enabled(),
                    absent.contains(worker.workerId())));
        }
    }

    public static Caseloads of(Register register, CaseloadPolicy policy, LocalDate date) {
        return new Caseloads(register, policy, date);
    }

    public LocalDate date() {
        return date;
    }

    public CaseloadPolicy policy() {
        return policy;
    }

    /** Every worker in employment on the date, by worker_id. */
    public Map<String, WorkerLoad> workers() {
        return loads;
    }

    /** The workers of a team (by their main row on the date). */
    public List<WorkerLoad> team(String teamId) {
        return loads.values().stream().filter(load -> load.teamId().equals(teamId)).toList();
    }

    /** A case open on the date with no primary worker, and how long it has waited. */
    public record Unallocated(Case item, LocalDate waitingSince, long workingDaysWaiting) {
    }

    /** The cases open on the date without a primary worker, longest waiting first. */
    public List<Unallocated> unallocated() {
        List<Unallocated> waiting = new ArrayList<>();
        for (Case item : register.cases()) {
            if (!item.openOn(date)) {
                continue;
            }
            List<Allocation> allocations = allocationsByCase.getOrDefault(item.caseId(), List.of());
            if (allocations.stream().anyMatch(a -> a.isPrimary() && a.inForceOn(date))) {
                continue;
            }
            LocalDate since = item.openedOn();
            for (Allocation a : allocations) {
                if (a.isPrimary() && a.endDate() != null && a.endDate().isBefore(date) && !a.endDate().plusDays(1).isBefore(since)) {
                    since = a.endDate().plusDays(1);
                }
            }
            waiting.add(new Unallocated(item, since, workingDaysBetween(since, date)));
        }
        waiting.sort(Comparator.comparing(Unallocated::waitingSince).thenComparing(u -> u.item().caseId()));
        return waiting;
    }

    /**
     * Why a team manager should look now: a code, the worker or case it is about, and the figures that say what is
     * wrong, typed by kind ({@link OverCap}, {@link Unprotected}, {@link Waiting}); pages put them into words.
     */
    public record Alert(Kind kind, String workerId, String caseId, Detail detail) {

        public enum Kind { OVER_CAP, UNPROTECTED_NEWLY_QUALIFIED, UNALLOCATED_TOO_LONG }
    }

    /** What is wrong, by kind of alert. */
    public sealed interface Detail permits OverCap, Unprotected, Waiting {
    }

    /** A worker over their cap: their cases against it and, with weighting on ({@code weighted}), their points against their capacity. */
    public record OverCap(int cases, int cap, int points, int capacityPoints, boolean weighted) implements Detail {
    }

    /** A newly qualified worker holding protected work without an advanced practitioner or consultant co-working it. */
    public record Unprotected(ProtectedWork work) implements Detail {
    }

    /** A case without a primary worker for {@code workingDays}, more than the policy's {@code alertAfter}. */
    public record Waiting(long workingDays, int alertAfter) implements Detail {
    }

    public List<Alert> alerts() {
        List<Alert> alerts = new ArrayList<>();
        for (WorkerLoad load : loads.values()) {
            if (load.overCap()) {
                alerts.add(new Alert(Alert.Kind.OVER_CAP, load.workerId(), null,
                        new OverCap(load.cases(), load.cap(), load.points(), load.capacityPoints(), load.weighted())));
            }
        }
        alerts.addAll(protectionBreaches());
        for (Unallocated waiting : unallocated()) {
            if (waiting.workingDaysWaiting() > policy.unallocatedAlertWorkingDays()) {
                alerts.add(new Alert(Alert.Kind.UNALLOCATED_TOO_LONG, null, waiting.item().caseId(),
                        new Waiting(waiting.workingDaysWaiting(), policy.unallocatedAlertWorkingDays())));
            }
        }
        return alerts;
    }

    /**
     * Newly qualified workers holding a child protection case, or a case in court proceedings, on the date
     * without an advanced practitioner or consultant social worker co-working it.
     */
    public List<Alert> protectionBreaches() {
        List<Alert> breaches = new ArrayList<>();
        for (Map.Entry<String, List<Allocation>> entry : allocationsByCase.entrySet()) {
            Case item = caseById.get(entry.getKey());
            if (item == null || !item.openOn(date) || !needsProtection(item)) {
                continue;
            }
            for (Allocation primary : entry.getValue()) {
                if (!primary.isPrimary() || !primary.inForceOn(date)) {
                    continue;
                }
                WorkerLoad holder = loads.get(primary.workerId());
                if (holder == null || !holder.role().newlyQualified()) {
                    continue;
                }
                boolean protectedBy = entry.getValue().stream().anyMatch(a -> a.role() == AllocationRole.CO_WORKER
                        && a.inForceOn(date) && loads.containsKey(a.workerId())
                        && loads.get(a.workerId()).role().protectsNewlyQualified());
                if (!protectedBy) {
                    breaches.add(new Alert(Alert.Kind.UNPROTECTED_NEWLY_QUALIFIED, holder.workerId(), item.caseId(),
                            new Unprotected(ProtectedWork.of(item).orElseThrow())));
                }
            }
        }
        breaches.sort(Comparator.comparing(Alert::caseId));
        return breaches;
    }

    /** Child protection or court work: what a newly qualified worker never holds alone. */
    public static boolean needsProtection(Case item) {
        return ProtectedWork.of(item).isPresent();
    }

    public static boolean protects(JobRole role) {
        return role.protectsNewlyQualified();
    }

    /**
     * Whether a worker in {@code role} may hold {@code item} as its primary worker without a protecting co-worker:
     * everyone but a newly qualified worker, and a newly qualified worker when the case needs no protection.
     */
    public static boolean mayHoldAlone(JobRole role, Case item) {
        return !role.newlyQualified() || !needsProtection(item);
    }

    /** Monday-to-Friday days after {@code from} up to {@code to}: how long something has waited. */
    static long workingDaysBetween(LocalDate from, LocalDate to) {
        return Weekdays.between(from.plusDays(1), to);
    }
}
