package uk.retain.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import uk.retain.allocation.CaseRequest;
import uk.retain.workforce.Absence;
import uk.retain.workforce.AbsenceReason;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.AllocationRole;
import uk.retain.workforce.Authority;
import uk.retain.workforce.Case;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.ChangeReason;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Register;
import uk.retain.workforce.ServiceArea;
import uk.retain.workforce.SweNumber;
import uk.retain.workforce.Team;
import uk.retain.workforce.Worker;

/**
 * The council the allocation benchmark runs on, built directly as a register (the demo council's ratio of cases to
 * workers is far lower): 400 workers in 32 teams of four localities, 8,000 open cases, and 150 cases to place. It
 * is a council under pressure, as 20 open cases per worker implies: case holders are loaded between 55% and 125% of
 * their caps, and the open cases nobody has room for wait in the unallocated queue. The cases to place are the 110
 * longest waiting in that queue and 40 new referrals; many are siblings, some of children or families a worker
 * still in post held before, some with a sibling already held. The same seed always gives the same council.
 */
final class AllocationBenchCouncil {

    static final LocalDate DATE = LocalDate.of(2025, 9, 30);
    private static final String[] LOCALITIES = {"North", "South", "East", "West"};
    private static final ServiceArea[] SERVICES = {ServiceArea.ASSESSMENT, ServiceArea.CHILD_IN_NEED, ServiceArea.CHILD_PROTECTION,
            ServiceArea.CHILDREN_IN_CARE};
    private static final int TEAMS = 32;
    private static final int OPEN_CASES = 8_000;
    private static final int FROM_QUEUE = 110;
    private static final int NEW_REFERRALS = 40;

    record Scenario(Register register, List<CaseRequest> cases, int heldCases, int waitingCases) {
    }

    private final Random random;
    private final List<Team> teams = new ArrayList<>();
    private final List<Worker> workers = new ArrayList<>();
    private final List<Employment> employments = new ArrayList<>();
    private final List<Absence> absences = new ArrayList<>();
    private final List<Case> cases = new ArrayList<>();
    private final List<Allocation> allocations = new ArrayList<>();
    private final List<String[]> caseHolders = new ArrayList<>();
    /** [family_id, team_id] of every family held on the date. */
    private final List<String[]> heldFamilies = new ArrayList<>();
    private int workerNumber;
    private int caseNumber;
    private int childNumber;
    private int familyNumber;

    private AllocationBenchCouncil(long seed) {
        this.random = new Random(seed);
    }

    static Scenario generate(long seed) {
        return new AllocationBenchCouncil(seed).build();
    }

    private Scenario build() {
        for (int t = 1; t <= TEAMS; t++) {
            String teamId = String.format("T%02d", t);
            teams.add(new Team(teamId, SERVICES[(t - 1) % SERVICES.length].code().replace('_', ' ') + " " + t,
                    SERVICES[(t - 1) % SERVICES.length], LOCALITIES[(t - 1) / 8]));
            staff(teamId, t);
        }
        // Existing caseloads: each case holder between 55% and 125% of their cap, in families of one to three.
        int held = 0;
        for (String[] holder : caseHolders) {
            int cap = Integer.parseInt(holder[2]);
            double fill = 0.55 + random.nextDouble() * 0.70;
            int load = (int) Math.round(cap * fill);
            while (load > 0 && held < OPEN_CASES) {
                int siblings = Math.min(load, 1 + random.nextInt(3));
                String family = "F" + (++familyNumber);
                heldFamilies.add(new String[] {family, holder[4]});
                for (int s = 0; s < siblings; s++) {
                    Case item = newCase(family, DATE.minusDays(30 + random.nextInt(700)), true);
                    allocations.add(new Allocation(item.caseId(), holder[0], AllocationRole.PRIMARY, item.openedOn(), null, null));
                    if (holder[1].equals(JobRole.ASYE_SOCIAL_WORKER.code()) && protectedWork(item)) {
                        String coWorker = holder[3];
                        if (coWorker != null) {
                            allocations.add(new Allocation(item.caseId(), coWorker, AllocationRole.CO_WORKER, item.openedOn(), null, null));
                        }
                    }
                    load--;
                    held++;
                }
            }
        }
        int waiting = OPEN_CASES - held;
        List<Case> queue = new ArrayList<>();
        java.util.Map<String, String> teamOf = new java.util.HashMap<>();
        while (queue.size() < waiting) {
            int roll = random.nextInt(10);
            String family;
            String teamId;
            if (roll == 0) {
                // A sibling of a child a worker already holds: the case goes to that worker's team.
                String[] holder = heldFamilies.get(random.nextInt(heldFamilies.size()));
                family = holder[0];
                teamId = holder[1];
            } else {
                family = roll < 7 ? "F" + (++familyNumber) : null;
                teamId = teams.get(random.nextInt(TEAMS)).teamId();
            }
            int siblings = family != null && roll != 0 ? 1 + random.nextInt(3) : 1;
            LocalDate opened = DATE.minusDays(1 + random.nextInt(60));
            for (int s = 0; s < siblings && queue.size() < waiting; s++) {
                Case item = newCase(family, opened, true);
                queue.add(item);
                teamOf.put(item.caseId(), teamId);
            }
        }
        queue.sort(java.util.Comparator.comparing(Case::openedOn).thenComparing(Case::caseId));
        List<CaseRequest> toPlace = new ArrayList<>();
        java.util.Map<String, String> anyTeamLocality = new java.util.HashMap<>();
        for (Case item : queue.subList(0, FROM_QUEUE)) {
            // One case in eight (a whole family at a time) may go to any team, with a locality.
            String key = item.familyId() != null ? item.familyId() : item.caseId();
            String locality = anyTeamLocality.computeIfAbsent(key, k -> random.nextInt(8) == 0 ? LOCALITIES[random.nextInt(4)] : "");
            toPlace.add(!locality.isEmpty() ? new CaseRequest(item, null, locality)
                    : CaseRequest.inTeam(item, teamOf.get(item.caseId())));
        }
        // New referrals, not yet in the register: siblings together, some re-referrals of children a worker in post held before.
        int referrals = 0;
        while (referrals < NEW_REFERRALS) {
            int siblings = Math.min(NEW_REFERRALS - referrals, 1 + random.nextInt(3));
            String family = "F" + (++familyNumber);
            String teamId = teams.get(random.nextInt(TEAMS)).teamId();
            boolean heldBefore = random.nextInt(4) == 0;
            String[] before = caseHolders.get(random.nextInt(caseHolders.size()));
            if (heldBefore) {
                teamId = before[4];
            }
            String anyTeam = random.nextInt(8) == 0 ? LOCALITIES[random.nextInt(4)] : null;
            for (int s = 0; s < siblings; s++) {
                Case item = newCase(family, DATE, false);
                if (heldBefore) {
                    Case earlier = new Case("K" + (++caseNumber), item.childId(), family, CaseCategory.CHILD_IN_NEED, false,
                            DATE.minusYears(2), DATE.minusYears(1));
                    cases.add(earlier);
                    allocations.add(new Allocation(earlier.caseId(), before[0], AllocationRole.PRIMARY, earlier.openedOn(),
                            earlier.closedOn(), ChangeReason.CASE_CLOSED));
                }
                toPlace.add(anyTeam != null && !heldBefore ? new CaseRequest(item, null, anyTeam)
                        : CaseRequest.inTeam(item, teamId));
                referrals++;
            }
        }
        Register register = Register.of(new Authority("999", "Benchshire (allocation benchmark)", "E12000006"))
                .teams(teams).workers(workers).employments(employments).absences(absences).cases(cases)
                .allocations(allocations).build();
        return new Scenario(register, toPlace, held, waiting);
    }

    private void staff(String teamId, int t) {
        hire(teamId, JobRole.TEAM_MANAGER, 10, null);
        String protector = null;
        if (t % 8 != 0) {
            protector = hire(teamId, JobRole.ADVANCED_PRACTITIONER, 12, null);
            if (t % 4 == 1) {
                // Some advanced practitioners are off on the date: their team's newly qualified workers cannot take protected work.
                absences.add(new Absence(protector, DATE.minusDays(10), DATE.plusDays(20), AbsenceReason.SIC, null));
            }
        }
        if (t % 4 == 2) {
            protector = hire(teamId, JobRole.CONSULTANT_SOCIAL_WORKER, 12, null);
        }
        hire(teamId, JobRole.ASYE_SOCIAL_WORKER, 1, protector);
        hire(teamId, JobRole.ASYE_SOCIAL_WORKER, 1, protector);
        for (int i = 0; i < 3; i++) {
            hire(teamId, JobRole.SOCIAL_WORKER, i == 0 ? 1 : 3 + random.nextInt(4), null);
        }
        int seniors = 5 + (t % 3 == 0 ? 1 : 0);
        for (int i = 0; i < seniors; i++) {
            hire(teamId, JobRole.SENIOR_SOCIAL_WORKER, 5 + random.nextInt(15), null);
        }
    }

    private String hire(String teamId, JobRole role, int yearsQualified, String protector) {
        String workerId = String.format("W%03d", ++workerNumber);
        workers.add(new Worker(workerId, SweNumber.parse("SW" + (100_000 + workerNumber)).orElseThrow(), "Worker",
                workerId, DATE.minusYears(yearsQualified).minusDays(random.nextInt(200)), null, null, null, null));
        BigDecimal fte = random.nextInt(10) < 8 ? BigDecimal.ONE : random.nextBoolean() ? new BigDecimal("0.8") : new BigDecimal("0.6");
        employments.add(new Employment(workerId, Contract.PERMANENT, role, teamId, null, fte,
                DATE.minusYears(Math.min(yearsQualified, 6)), null, null, null));
        if (role != JobRole.TEAM_MANAGER && random.nextInt(30) == 0) {
            absences.add(new Absence(workerId, DATE.minusDays(3), DATE.plusDays(4), AbsenceReason.SIC, null));
        }
        if (role != JobRole.TEAM_MANAGER) {
            int full = switch (role) {
                case ASYE_SOCIAL_WORKER -> 13;
                case ADVANCED_PRACTITIONER, CONSULTANT_SOCIAL_WORKER -> 12;
                default -> yearsQualified < 2 ? 15 : 18;
            };
            int cap = new BigDecimal(full).multiply(fte).intValue();
            caseHolders.add(new String[] {workerId, role.code(), Integer.toString(cap), protector, teamId});
        }
        return workerId;
    }

    private Case newCase(String familyId, LocalDate openedOn, boolean inRegister) {
        int roll = random.nextInt(100);
        CaseCategory category = roll < 20 ? CaseCategory.ASSESSMENT : roll < 50 ? CaseCategory.CHILD_IN_NEED
                : roll < 75 ? CaseCategory.CHILD_PROTECTION : roll < 92 ? CaseCategory.CHILD_IN_CARE : CaseCategory.CARE_LEAVER;
        boolean court = category != CaseCategory.ASSESSMENT && random.nextInt(10) == 0;
        Case item = new Case("K" + (++caseNumber), "C" + (++childNumber), familyId, category, court, openedOn, null);
        if (inRegister) {
            cases.add(item);
        }
        return item;
    }

    private static boolean protectedWork(Case item) {
        return item.category() == CaseCategory.CHILD_PROTECTION || item.courtProceedings();
    }
}
