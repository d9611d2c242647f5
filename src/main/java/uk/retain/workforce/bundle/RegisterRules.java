package uk.retain.workforce.bundle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

import uk.retain.workforce.Absence;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.Case;
import uk.retain.workforce.Employment;
import uk.retain.workforce.Post;
import uk.retain.workforce.Spell;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.SweNumber;
import uk.retain.workforce.Worker;

/**
 * The rules of the bundle format that tie rows and files together: references, one SWE number per worker,
 * FTE limits on any day, when a row is a leaving, and when a case may be allocated.
 */
final class RegisterRules {

    private static final Comparator<Lined<Allocation>> BY_START_THEN_LINE =
            Comparator.comparing((Lined<Allocation> row) -> row.value().startDate()).thenComparing(Lined::line);

    /** Stands for "still in force" in interval arithmetic. */
    private static final LocalDate OPEN = LocalDate.MAX;

    private final Problems problems;
    private final Set<BundleFile> present;
    private final DeclaredIds declared;
    private final List<Lined<Worker>> workers;
    private final List<Lined<Post>> posts;
    private final List<Lined<Employment>> employments;
    private final List<Lined<Absence>> absences;
    private final List<Lined<Case>> cases;
    private final List<Lined<Allocation>> allocations;
    private final List<Lined<Supervision>> supervisions;

    RegisterRules(Problems problems, Set<BundleFile> present, DeclaredIds declared, List<Lined<Worker>> workers,
            List<Lined<Post>> posts, List<Lined<Employment>> employments, List<Lined<Absence>> absences,
            List<Lined<Case>> cases, List<Lined<Allocation>> allocations, List<Lined<Supervision>> supervisions) {
        this.problems = problems;
        this.present = present;
        this.declared = declared;
        this.workers = workers;
        this.posts = posts;
        this.employments = employments;
        this.absences = absences;
        this.cases = cases;
        this.allocations = allocations;
        this.supervisions = supervisions;
    }

    void check() {
        oneSweNumberPerWorker();
        postsBelongToTeams();
        employmentsReferToTheRegister();
        Map<String, List<Lined<Employment>>> byWorker = groupBy(employments, Employment::workerId);
        byWorker.values().forEach(this::workerFteAtMostOne);
        byWorker.values().forEach(this::leavingsCarryAReason);
        postsNotOverfilled();
        absencesReferToWorkers();
        allocationsFollowTheRules(byWorker);
        supervisionsReferToWorkers();
    }

    private void oneSweNumberPerWorker() {
        Map<SweNumber, Lined<Worker>> seen = new HashMap<>();
        for (Lined<Worker> worker : workers) {
            Lined<Worker> earlier = seen.putIfAbsent(worker.value().sweNumber(), worker);
            if (earlier != null) {
                add(BundleFile.WORKERS, worker, "swe_number", "'" + worker.value().sweNumber()
                        + "' is the same Social Work England number as worker '" + earlier.value().workerId()
                        + "' on line " + earlier.line() + " (numbers are compared without leading zeros)");
            }
        }
    }

    private void postsBelongToTeams() {
        for (Lined<Post> post : posts) {
            refersTo(BundleFile.POSTS, post, "team_id", post.value().teamId(), declared.teams(), BundleFile.TEAMS);
        }
    }

    private void employmentsReferToTheRegister() {
        for (Lined<Employment> row : employments) {
            Employment e = row.value();
            refersTo(BundleFile.EMPLOYMENTS, row, "worker_id", e.workerId(), declared.workers(), BundleFile.WORKERS);
            refersTo(BundleFile.EMPLOYMENTS, row, "team_id", e.teamId(), declared.teams(), BundleFile.TEAMS);
            if (e.postId() != null) {
                if (!present.contains(BundleFile.POSTS)) {
                    add(BundleFile.EMPLOYMENTS, row, "post_id", "'" + e.postId()
                            + "' refers to a post, but the bundle has no posts.csv");
                } else {
                    refersTo(BundleFile.EMPLOYMENTS, row, "post_id", e.postId(), declared.posts(), BundleFile.POSTS);
                }
            }
        }
    }

    /** A worker's rows may overlap (two part-time roles), but never add up to more than 1.0 FTE on a day. */
    private void workerFteAtMostOne(List<Lined<Employment>> rows) {
        overLimitOnAnyDay(rows, BigDecimal.ONE, (row, total) -> add(BundleFile.EMPLOYMENTS, row, "fte",
                "worker '" + row.value().workerId() + "' would hold " + total.stripTrailingZeros().toPlainString()
                        + " FTE on " + row.value().startDate() + " with the rows in force that day: at most 1.0 is allowed"));
    }

    private void postsNotOverfilled() {
        Map<String, Post> postById = new HashMap<>();
        posts.forEach(post -> postById.put(post.value().postId(), post.value()));
        List<Lined<Employment>> filling = new ArrayList<>();
        for (Lined<Employment> row : employments) {
            if (!row.value().isAgency() && row.value().postId() != null) {
                filling.add(row);
            }
        }
        groupBy(filling, Employment::postId).forEach((postId, rows) -> {
            Post post = postById.get(postId);
            if (post != null) {
                overLimitOnAnyDay(rows, post.fte(), (row, total) -> add(BundleFile.EMPLOYMENTS, row, "post_id",
                        "post '" + postId + "' would be filled to " + total.stripTrailingZeros().toPlainString()
                                + " FTE on " + row.value().startDate() + " by non-agency rows, more than its "
                                + post.fte().stripTrailingZeros().toPlainString() + " FTE"));
            }
        });
    }

    /**
     * Sweeps the rows in start order, keeping those in force; a total above the limit is reported at the row
     * whose start takes it there. The total can only rise at a row's start, so that is where to look.
     */
    private static void overLimitOnAnyDay(List<Lined<Employment>> rows, BigDecimal limit,
            java.util.function.BiConsumer<Lined<Employment>, BigDecimal> report) {
        if (rows.size() == 1) {
            // Most workers and posts have one row: its own FTE is the total on every day.
            Lined<Employment> row = rows.get(0);
            if (row.value().fte().compareTo(limit) > 0) {
                report.accept(row, row.value().fte());
            }
            return;
        }
        List<Lined<Employment>> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(row -> row.value().startDate()));
        PriorityQueue<Lined<Employment>> inForce = new PriorityQueue<>(Comparator.comparing(row -> end(row.value().endDate())));
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate day = sorted.get(i).value().startDate();
            while (!inForce.isEmpty() && end(inForce.peek().value().endDate()).isBefore(day)) {
                total = total.subtract(inForce.poll().value().fte());
            }
            int first = i;
            while (i < sorted.size() && sorted.get(i).value().startDate().equals(day)) {
                total = total.add(sorted.get(i).value().fte());
                inForce.add(sorted.get(i));
                i++;
            }
            i--;
            if (total.compareTo(limit) > 0) {
                for (int j = first; j <= i; j++) {
                    report.accept(sorted.get(j), total);
                }
            }
        }
    }

    /**
     * A non-agency row after which the worker has no non-agency employment the next day is a leaving and
     * must say why; any other row must not.
     */
    private void leavingsCarryAReason(List<Lined<Employment>> rows) {
        List<Employment> nonAgency = new ArrayList<>(rows.size());
        for (Lined<Employment> row : rows) {
            if (!row.value().isAgency()) {
                nonAgency.add(row.value());
            }
        }
        List<Spell> spells = Spell.of(nonAgency);
        for (Lined<Employment> row : rows) {
            Employment e = row.value();
            if (e.isAgency()) {
                if (e.endReason() != null) {
                    add(BundleFile.EMPLOYMENTS, row, "end_reason", "agency rows never carry an end_reason");
                }
                continue;
            }
            if (e.endDate() == null) {
                if (e.endReason() != null) {
                    add(BundleFile.EMPLOYMENTS, row, "end_reason",
                            "a row without an end_date is not a leaving and must not carry an end_reason");
                }
                continue;
            }
            boolean leaves = Spell.containing(spells, e.endDate()).end().equals(e.endDate());
            if (leaves && e.endReason() == null) {
                add(BundleFile.EMPLOYMENTS, row, "end_reason", "worker '" + e.workerId() + "' leaves on " + e.endDate()
                        + " (no non-agency employment the next day), so the row needs an end_reason (census ReasonLeave 1-10)");
            } else if (!leaves && e.endReason() != null) {
                add(BundleFile.EMPLOYMENTS, row, "end_reason", "worker '" + e.workerId()
                        + "' is still in non-agency employment on " + e.endDate().plusDays(1)
                        + ", so this row is not a leaving and must not carry an end_reason");
            }
        }
    }

    private void absencesReferToWorkers() {
        for (Lined<Absence> absence : absences) {
            refersTo(BundleFile.ABSENCES, absence, "worker_id", absence.value().workerId(), declared.workers(), BundleFile.WORKERS);
        }
    }

    private void allocationsFollowTheRules(Map<String, List<Lined<Employment>>> employmentsByWorker) {
        if (!allocations.isEmpty() && !present.contains(BundleFile.CASES)) {
            for (Lined<Allocation> allocation : allocations) {
                add(BundleFile.ALLOCATIONS, allocation, "case_id", "refers to a case, but the bundle has no cases.csv");
            }
            return;
        }
        // Each case with its primary allocations, found with one lookup per allocation; allocations of a case not
        // read cleanly are grouped apart, as they too may overlap.
        Map<String, CaseAllocations> byCase = new HashMap<>(cases.size() * 2);
        for (Lined<Case> item : cases) {
            byCase.put(item.value().caseId(), new CaseAllocations(item.value()));
        }
        Map<String, CaseAllocations> byUnknownCase = new HashMap<>();
        // Each declared worker's spells of employment (none for a worker without employment rows), so that one
        // lookup tells both whether an allocation's worker is known and when they were employed.
        Map<String, List<Spell>> employedSpells = HashMap.newHashMap(declared.workers().size());
        for (String worker : declared.workers()) {
            List<Lined<Employment>> rows = employmentsByWorker.get(worker);
            employedSpells.put(worker, rows == null ? List.of() : Spell.of(Lined.values(rows)));
        }

        for (Lined<Allocation> row : allocations) {
            Allocation a = row.value();
            // One lookup each where the reference is good (a case read cleanly was declared), the same problems
            // in the same order where it is not.
            CaseAllocations held = byCase.get(a.caseId());
            if (held == null) {
                refersTo(BundleFile.ALLOCATIONS, row, "case_id", a.caseId(), declared.cases(), BundleFile.CASES);
            }
            List<Spell> spells = employedSpells.get(a.workerId());
            if (spells == null) {
                refersTo(BundleFile.ALLOCATIONS, row, "worker_id", a.workerId(), declared.workers(), BundleFile.WORKERS);
            }
            if (held != null) {
                withinTheOpenCase(row, held.item);
            }
            if (spells != null) {
                workerEmployedThroughout(row, spells);
            }
            if (a.isPrimary()) {
                if (held == null) {
                    held = byUnknownCase.computeIfAbsent(a.caseId(), id -> new CaseAllocations(null));
                }
                held.addPrimary(row);
            }
        }
        for (CaseAllocations held : byCase.values()) {
            onePrimaryAtATime(held.primaries());
        }
        for (CaseAllocations held : byUnknownCase.values()) {
            onePrimaryAtATime(held.primaries());
        }
    }

    /** A case and its primary allocations; most cases have one or two, so the list starts small. */
    private static final class CaseAllocations {
        final Case item;
        private List<Lined<Allocation>> primaries = List.of();

        CaseAllocations(Case item) {
            this.item = item;
        }

        void addPrimary(Lined<Allocation> row) {
            if (primaries.isEmpty()) {
                primaries = List.of(row);
            } else {
                if (primaries.size() == 1) {
                    primaries = new ArrayList<>(primaries);
                }
                primaries.add(row);
            }
        }

        List<Lined<Allocation>> primaries() {
            return primaries;
        }
    }

    private void withinTheOpenCase(Lined<Allocation> row, Case item) {
        Allocation a = row.value();
        if (!item.openOn(a.startDate())) {
            add(BundleFile.ALLOCATIONS, row, "start_date", "starts on " + a.startDate() + ", outside the open period of case '"
                    + item.caseId() + "' (" + item.openedOn() + " to " + (item.closedOn() == null ? "still open" : item.closedOn()) + ")");
            return;
        }
        if (a.isPrimary() && item.closedOn() != null && end(a.endDate()).isAfter(item.closedOn())) {
            add(BundleFile.ALLOCATIONS, row, "end_date", "case '" + item.caseId() + "' closed on " + item.closedOn()
                    + ", so its primary allocation must end by then" + (a.endDate() == null ? " (end_date is empty)" : ""));
        }
    }

    private void workerEmployedThroughout(Lined<Allocation> row, List<Spell> spells) {
        Allocation a = row.value();
        Spell spell = Spell.containing(spells, a.startDate());
        if (spell == null) {
            add(BundleFile.ALLOCATIONS, row, "start_date", "worker '" + a.workerId() + "' is not in employment on "
                    + a.startDate() + ", when the allocation starts");
        } else if (end(a.endDate()).isAfter(spell.end())) {
            add(BundleFile.ALLOCATIONS, row, "end_date", "worker '" + a.workerId() + "' is not in employment on "
                    + spell.end().plusDays(1) + ", while the allocation is still in force");
        }
    }

    private void onePrimaryAtATime(List<Lined<Allocation>> primaries) {
        if (primaries.size() < 2) {
            return; // nothing to overlap
        }
        List<Lined<Allocation>> sorted = primaries;
        if (!inStartOrder(primaries)) {
            sorted = new ArrayList<>(primaries);
            sorted.sort(BY_START_THEN_LINE);
        }
        Lined<Allocation> latest = null;
        for (Lined<Allocation> row : sorted) {
            if (latest != null && !row.value().startDate().isAfter(end(latest.value().endDate()))) {
                add(BundleFile.ALLOCATIONS, row, "start_date", "case '" + row.value().caseId() + "' already has a primary worker ('"
                        + latest.value().workerId() + "', line " + latest.line() + ") on " + row.value().startDate()
                        + ": a case has at most one primary allocation on any day");
            }
            if (latest == null || end(row.value().endDate()).isAfter(end(latest.value().endDate()))) {
                latest = row;
            }
        }
    }

    /**
     * Whether the rows, in file order, are already in start order: they usually are, and then they need no sorting
     * (rows that start on the same day are in line order already).
     */
    private static boolean inStartOrder(List<Lined<Allocation>> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).value().startDate().isBefore(rows.get(i - 1).value().startDate())) {
                return false;
            }
        }
        return true;
    }

    private void supervisionsReferToWorkers() {
        for (Lined<Supervision> row : supervisions) {
            refersTo(BundleFile.SUPERVISIONS, row, "worker_id", row.value().workerId(), declared.workers(), BundleFile.WORKERS);
            refersTo(BundleFile.SUPERVISIONS, row, "supervisor_id", row.value().supervisorId(), declared.workers(), BundleFile.WORKERS);
        }
    }

    private void refersTo(BundleFile file, Lined<?> row, String column, String id, Set<String> known, BundleFile target) {
        if (declared.unreadable().contains(target)) {
            return;
        }
        if (!known.contains(id)) {
            add(file, row, column, "'" + id + "' is not in " + target.fileName());
        }
    }

    private void add(BundleFile file, Lined<?> row, String column, String message) {
        problems.add(file.fileName(), row.line(), column, message);
    }

    private static LocalDate end(LocalDate endDate) {
        return endDate == null ? OPEN : endDate;
    }

    private static <T> Map<String, List<Lined<T>>> groupBy(List<Lined<T>> rows, Function<T, String> key) {
        Map<String, List<Lined<T>>> groups = new HashMap<>();
        for (Lined<T> row : rows) {
            groups.computeIfAbsent(key.apply(row.value()), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }
}
