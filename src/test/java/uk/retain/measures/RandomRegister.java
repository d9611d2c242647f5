package uk.retain.measures;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import uk.retain.workforce.Absence;
import uk.retain.workforce.AbsenceReason;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.AllocationRole;
import uk.retain.workforce.Authority;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.Case;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Post;
import uk.retain.workforce.Register;
import uk.retain.workforce.ServiceArea;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

/**
 * Small registers made at random, full of the corners the demo council rarely reaches: two part-time rows at
 * once (with equal FTEs, so the main team goes to the smaller team_id), role changes on consecutive days, leaving
 * and coming back within a year, agency rows on posts, sickness across the year's start with and without
 * {@code working_days}, weekend-only absences, qualification dates missing or still to come, cases closing and
 * allocations ending on the reference date.
 */
public final class RandomRegister {

    private static final LocalDate FIRST = LocalDate.of(2022, 6, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 3, 31);
    private static final List<String> TEAMS = List.of("T1", "T2", "T3", "T4");

    private final Random random;
    private final List<Employment> employments = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();

    private RandomRegister(long seed) {
        this.random = new Random(seed);
    }

    /** A register with every file, or without posts, absences or cases and allocations, as {@code files} says. */
    public static Register of(long seed, Set<BundleFile> files) {
        return new RandomRegister(seed).register(files);
    }

    private Register register(Set<BundleFile> files) {
        List<Team> teams = TEAMS.stream().map(id -> new Team(id, "Team " + id, ServiceArea.CHILD_IN_NEED, null)).toList();
        for (int p = 1; p <= 12; p++) {
            LocalDate from = day(FIRST.minusMonths(6), LocalDate.of(2025, 6, 1));
            posts.add(new Post("P" + p, pick(TEAMS), JobRole.SOCIAL_WORKER, random.nextBoolean() ? BigDecimal.ONE : new BigDecimal("0.5"),
                    from, random.nextInt(4) == 0 ? day(from, LAST) : null));
        }
        List<Worker> workers = new ArrayList<>();
        List<Absence> absences = new ArrayList<>();
        for (int w = 1; w <= 40; w++) {
            String id = "W" + w;
            int choice = random.nextInt(4);
            LocalDate qualified = choice == 0 ? null : choice == 1 ? day(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))
                    : day(LocalDate.of(1995, 1, 1), LocalDate.of(2024, 12, 31));
            workers.add(new Worker(id, null, "Family" + w, "Given" + w, qualified, null, null, null, null));
            employ(id);
            for (int a = random.nextInt(4); a > 0; a--) {
                absences.add(absence(id));
            }
        }
        List<Case> cases = new ArrayList<>();
        List<Allocation> allocations = new ArrayList<>();
        for (int c = 1; c <= 120; c++) {
            LocalDate opened = day(FIRST, LAST);
            LocalDate closed = random.nextInt(3) == 0 ? null : day(opened, LAST.plusMonths(3));
            Case item = new Case("C" + c, "CH" + c, null, CaseCategory.CHILD_IN_NEED, false, opened, closed);
            cases.add(item);
            allocate(item, workers, allocations);
        }
        Set<BundleFile> present = files.isEmpty() ? EnumSet.noneOf(BundleFile.class) : EnumSet.copyOf(files);
        return new Register(new Authority("999", "Random", "E12000006"), teams, workers, employments,
                present.contains(BundleFile.POSTS) ? posts : List.of(),
                present.contains(BundleFile.ABSENCES) ? absences : List.of(),
                present.contains(BundleFile.CASES) ? cases : List.of(),
                present.contains(BundleFile.ALLOCATIONS) ? allocations : List.of(), List.of(), present);
    }

    /** Spells of rows one after another: a single row or two part-time rows at once, with or without a gap. */
    private void employ(String worker) {
        LocalDate start = day(FIRST, LocalDate.of(2025, 9, 1));
        for (int spell = 1 + random.nextInt(4); spell > 0 && !start.isAfter(LAST); spell--) {
            LocalDate end = random.nextInt(5) == 0 || spell == 1 && random.nextBoolean() ? null : day(start, LAST);
            Contract contract = random.nextInt(4) == 0 ? Contract.AGENCY : random.nextBoolean() ? Contract.PERMANENT : Contract.FIXED_TERM;
            if (random.nextInt(4) == 0) {
                // Two part-time rows; equal FTEs half the time, so ties are decided by team_id.
                String[] two = {pick(TEAMS), pick(TEAMS)};
                BigDecimal first = random.nextBoolean() ? new BigDecimal("0.5") : new BigDecimal("0.6");
                employments.add(row(worker, contract, two[0], first, start, end));
                employments.add(row(worker, contract, two[1], BigDecimal.ONE.subtract(first), start,
                        end == null || random.nextBoolean() ? end : day(start, end)));
            } else {
                employments.add(row(worker, contract, pick(TEAMS), pick(List.of(BigDecimal.ONE, new BigDecimal("0.8"), new BigDecimal("0.5"))),
                        start, end));
            }
            if (end == null) {
                return;
            }
            // Back to back (a role change), the next day but one, or a real gap.
            int gap = random.nextInt(3);
            start = end.plusDays(gap == 0 ? 1 : gap == 1 ? 2 : 2 + random.nextInt(200));
        }
    }

    private Employment row(String worker, Contract contract, String team, BigDecimal fte, LocalDate start, LocalDate end) {
        String post = null;
        if (random.nextInt(3) == 0) {
            List<Post> ofTeam = posts.stream().filter(p -> p.teamId().equals(team)).toList();
            post = ofTeam.isEmpty() ? null : ofTeam.get(random.nextInt(ofTeam.size())).postId();
        }
        return new Employment(worker, contract, JobRole.SOCIAL_WORKER, team, post, fte, start, end, null, null);
    }

    private Absence absence(String worker) {
        AbsenceReason reason = random.nextInt(4) == 0 ? AbsenceReason.OTH : AbsenceReason.SIC;
        if (random.nextInt(6) == 0) {
            LocalDate saturday = day(FIRST, LAST).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            return new Absence(worker, saturday, saturday.plusDays(1), reason, new BigDecimal("1.5"));
        }
        LocalDate start = day(FIRST, LAST);
        LocalDate end = start.plusDays(random.nextInt(40));
        BigDecimal workingDays = random.nextBoolean() ? null : BigDecimal.valueOf(1 + random.nextInt(60), 1);
        return new Absence(worker, start, end, reason, workingDays);
    }

    /**
     * Primary workers one after another while the case is open, each employed on every day of their allocation
     * (as the format requires), and now and then a co-worker.
     */
    private void allocate(Case item, List<Worker> workers, List<Allocation> allocations) {
        LocalDate start = item.openedOn().plusDays(random.nextInt(10));
        LocalDate last = item.closedOn() == null ? LAST : item.closedOn();
        for (int handover = random.nextInt(5); !start.isAfter(last); handover--) {
            Employment row = null;
            for (int tries = 0; tries < 20 && row == null; tries++) {
                row = inForce(pick(workers).workerId(), start);
            }
            if (row == null) {
                start = start.plusDays(30);
                continue;
            }
            LocalDate end = handover <= 0 ? item.closedOn() : day(start, last);
            if (row.endDate() != null && (end == null || end.isAfter(row.endDate()))) {
                end = row.endDate();
            }
            allocations.add(new Allocation(item.caseId(), row.workerId(), AllocationRole.PRIMARY, start, end, null));
            Employment coWorker = inForce(pick(workers).workerId(), start);
            if (random.nextInt(4) == 0 && coWorker != null) {
                allocations.add(new Allocation(item.caseId(), coWorker.workerId(), AllocationRole.CO_WORKER, start,
                        coWorker.endDate() == null || end != null && end.isBefore(coWorker.endDate()) ? end : coWorker.endDate(), null));
            }
            if (end == null) {
                return;
            }
            start = end.plusDays(1);
        }
    }

    private Employment inForce(String worker, LocalDate day) {
        return employments.stream().filter(row -> row.workerId().equals(worker) && row.inForceOn(day)).findFirst().orElse(null);
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
