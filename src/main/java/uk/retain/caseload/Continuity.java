package uk.retain.caseload;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.retain.workforce.Allocation;
import uk.retain.workforce.Case;
import uk.retain.workforce.Employment;
import uk.retain.workforce.Register;

/**
 * Whether children keep their social worker, over the year ending on a date: children with 3 or more primary
 * workers (DfE publishes this for children in care; here for every child), primary allocations per child, and
 * the days from a case opening to its first primary worker. By team, a child counts to the team of their latest
 * primary worker in the year.
 */
public final class Continuity {

    /**
     * The figures of one group (the authority or a team).
     *
     * @param casesWaiting cases opened in the year and still open on the date without a primary worker: their days so
     *     far count in the median, so a long queue is never hidden by the cases allocated at once
     */
    public record Figures(int children, int childrenWith3PlusWorkers, Double percentWith3PlusWorkers,
            Double allocationsPerChild, int casesOpened, int casesOpenedAndAllocated, int casesWaiting,
            Double medianDaysToFirstAllocation) {
    }

    private Continuity() {
    }

    /** The authority's figures for the year ending on {@code date}. */
    public static Figures of(Register register, LocalDate date) {
        return byGroup(register, date, false).getOrDefault("", empty());
    }

    /** Each team's figures for the year ending on {@code date}, by team_id (teams without children omitted). */
    public static Map<String, Figures> byTeam(Register register, LocalDate date) {
        return byGroup(register, date, true);
    }

    /**
     * How many primary workers each child has had in the year ending on {@code date}, by child_id (children with
     * none in the year omitted): the count the "3 or more workers" figure is taken from, and what moving a case adds to.
     */
    public static Map<String, Integer> primaryWorkersInYear(Register register, LocalDate date) {
        LocalDate yearStart = date.minusYears(1).plusDays(1);
        Map<String, Case> caseById = new HashMap<>();
        register.cases().forEach(item -> caseById.put(item.caseId(), item));
        Map<String, Set<String>> workers = new HashMap<>();
        for (Allocation allocation : register.allocations()) {
            Case item = caseById.get(allocation.caseId());
            if (item != null && allocation.isPrimary() && !allocation.startDate().isAfter(date)
                    && (allocation.endDate() == null || !allocation.endDate().isBefore(yearStart))) {
                workers.computeIfAbsent(item.childId(), id -> new HashSet<>()).add(allocation.workerId());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        workers.forEach((child, held) -> counts.put(child, held.size()));
        return counts;
    }

    private static Map<String, Figures> byGroup(Register register, LocalDate date, boolean byTeam) {
        LocalDate yearStart = date.minusYears(1).plusDays(1);
        Map<String, Case> caseById = new HashMap<>();
        register.cases().forEach(item -> caseById.put(item.caseId(), item));
        Map<String, List<Employment>> rowsByWorker = new HashMap<>();
        register.employments().forEach(row -> rowsByWorker.computeIfAbsent(row.workerId(), id -> new ArrayList<>()).add(row));

        Map<String, List<Allocation>> primariesByChild = new HashMap<>();
        Map<String, Allocation> firstPrimaryByCase = new HashMap<>();
        for (Allocation allocation : register.allocations()) {
            Case item = caseById.get(allocation.caseId());
            if (item == null || !allocation.isPrimary()) {
                continue;
            }
            // The earliest primary allocation of the case; the first in the register's order on a tie.
            firstPrimaryByCase.merge(allocation.caseId(), allocation, (a, b) -> b.startDate().isBefore(a.startDate()) ? b : a);
            boolean inYear = !allocation.startDate().isAfter(date)
                    && (allocation.endDate() == null || !allocation.endDate().isBefore(yearStart));
            if (inYear) {
                primariesByChild.computeIfAbsent(item.childId(), id -> new ArrayList<>()).add(allocation);
            }
        }

        Map<String, Tally> groups = new LinkedHashMap<>();
        for (Map.Entry<String, List<Allocation>> child : primariesByChild.entrySet()) {
            List<Allocation> primaries = child.getValue();
            Allocation latest = primaries.stream().max(Comparator.comparing(Allocation::startDate)).orElseThrow();
            String group = byTeam ? teamOf(latest, date, rowsByWorker) : "";
            Tally tally = groups.computeIfAbsent(group, g -> new Tally());
            Set<String> workers = new HashSet<>();
            primaries.forEach(a -> workers.add(a.workerId()));
            tally.children++;
            tally.allocations += primaries.size();
            if (workers.size() >= 3) {
                tally.with3Plus++;
            }
        }
        for (Case item : register.cases()) {
            if (item.openedOn().isBefore(yearStart) || item.openedOn().isAfter(date)) {
                continue;
            }
            Allocation firstAllocation = firstPrimaryByCase.get(item.caseId());
            LocalDate first = firstAllocation == null ? null : firstAllocation.startDate();
            String group = "";
            if (byTeam) {
                if (firstAllocation == null) {
                    continue;
                }
                group = teamOf(firstAllocation, date, rowsByWorker);
            }
            Tally tally = groups.computeIfAbsent(group, g -> new Tally());
            tally.opened++;
            if (first != null && !first.isAfter(date)) {
                tally.allocated++;
                tally.daysToFirst.add(ChronoUnit.DAYS.between(item.openedOn(), first));
            } else if (item.openOn(date)) {
                // Still waiting on the date: its days so far are a lower bound of its days to a first worker.
                tally.waiting++;
                tally.daysToFirst.add(ChronoUnit.DAYS.between(item.openedOn(), date));
            }
        }
        Map<String, Figures> figures = new java.util.TreeMap<>();
        groups.forEach((group, tally) -> figures.put(group, tally.figures()));
        return figures;
    }

    /** The main team of the allocation's worker on its last day in the year (or the date). */
    private static String teamOf(Allocation allocation, LocalDate date, Map<String, List<Employment>> rowsByWorker) {
        LocalDate day = allocation.endDate() == null || allocation.endDate().isAfter(date) ? date : allocation.endDate();
        List<Employment> rows = rowsByWorker.getOrDefault(allocation.workerId(), List.of()).stream()
                .filter(row -> row.inForceOn(day)).toList();
        return rows.isEmpty() ? "" : Employment.main(rows).teamId();
    }

    private static Figures empty() {
        return new Tally().figures();
    }

    private static final class Tally {
        int children;
        int with3Plus;
        int allocations;
        int opened;
        int allocated;
        int waiting;
        final List<Long> daysToFirst = new ArrayList<>();

        Figures figures() {
            List<Long> sorted = daysToFirst.stream().sorted().toList();
            Double median = sorted.isEmpty() ? null : sorted.size() % 2 == 1 ? (double) sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
            return new Figures(children, with3Plus, children == 0 ? null : 100.0 * with3Plus / children,
                    children == 0 ? null : (double) allocations / children, opened, allocated, waiting, median);
        }
    }
}
