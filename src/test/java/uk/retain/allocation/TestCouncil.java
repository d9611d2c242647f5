package uk.retain.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * A small council built by hand for allocation tests: teams, workers in roles, absences on the date, and the cases
 * each worker holds. Every worker is full time and qualified five years before {@link #DATE} unless said otherwise,
 * so caps are the policy's defaults: 18 for a social worker or senior, 13 for an ASYE worker, 12 for an advanced
 * practitioner or consultant.
 */
public final class TestCouncil {

    public static final LocalDate DATE = LocalDate.of(2025, 9, 30);

    private final List<Team> teams = new ArrayList<>();
    private final List<Worker> workers = new ArrayList<>();
    private final List<Employment> employments = new ArrayList<>();
    private final List<Absence> absences = new ArrayList<>();
    private final List<Case> cases = new ArrayList<>();
    private final List<Allocation> allocations = new ArrayList<>();
    private int caseNumber;

    public TestCouncil team(String teamId, String locality) {
        teams.add(new Team(teamId, "Team " + teamId, ServiceArea.CHILD_IN_NEED, locality));
        return this;
    }

    public TestCouncil worker(String workerId, JobRole role, String teamId) {
        return worker(workerId, role, teamId, "1");
    }

    public TestCouncil worker(String workerId, JobRole role, String teamId, String fte) {
        workers.add(new Worker(workerId, SweNumber.parse("SW" + (1000 + workers.size())).orElseThrow(), "Tester",
                workerId, DATE.minusYears(5), null, null, null, null));
        employments.add(new Employment(workerId, Contract.PERMANENT, role, teamId, null, new BigDecimal(fte),
                DATE.minusYears(3), null, null, null));
        return this;
    }

    public TestCouncil absent(String workerId) {
        absences.add(new Absence(workerId, DATE.minusDays(2), DATE.plusDays(10), AbsenceReason.SIC, null));
        return this;
    }

    /** {@code count} open child in need cases, each of its own child, held by {@code workerId} as primary. */
    public TestCouncil holding(String workerId, int count) {
        for (int i = 0; i < count; i++) {
            held(workerId, CaseCategory.CHILD_IN_NEED, null);
        }
        return this;
    }

    /** An open case held by {@code workerId} as primary on the date. */
    public Case held(String workerId, CaseCategory category, String familyId) {
        Case item = openCase("H" + (++caseNumber), category, familyId);
        cases.add(item);
        allocations.add(new Allocation(item.caseId(), workerId, AllocationRole.PRIMARY, item.openedOn(), null, null));
        return item;
    }

    /**
     * An open case held by {@code workerId} as primary on the date whose child had {@code earlierWorkerId} as primary
     * worker until a month before: the child has had two primary workers in the year.
     */
    public Case handedOver(String earlierWorkerId, String workerId, CaseCategory category) {
        Case item = new Case("H" + (++caseNumber), "C-H" + caseNumber, null, category, false, DATE.minusDays(90), null);
        cases.add(item);
        allocations.add(new Allocation(item.caseId(), earlierWorkerId, AllocationRole.PRIMARY, item.openedOn(),
                DATE.minusDays(31), ChangeReason.WORKER_MOVED));
        allocations.add(new Allocation(item.caseId(), workerId, AllocationRole.PRIMARY, DATE.minusDays(30), null, null));
        return item;
    }

    /** {@code workerId} co-works {@code item} on the date. */
    public TestCouncil coWorking(Case item, String workerId) {
        allocations.add(new Allocation(item.caseId(), workerId, AllocationRole.CO_WORKER, item.openedOn(), null, null));
        return this;
    }

    /** A closed case of {@code childId} that {@code workerId} held last year. */
    public TestCouncil heldBefore(String workerId, String childId, String familyId) {
        Case earlier = new Case("E" + (++caseNumber), childId, familyId, CaseCategory.CHILD_IN_NEED, false,
                DATE.minusYears(2), DATE.minusYears(1));
        cases.add(earlier);
        allocations.add(new Allocation(earlier.caseId(), workerId, AllocationRole.PRIMARY, earlier.openedOn(),
                earlier.closedOn(), ChangeReason.CASE_CLOSED));
        return this;
    }

    /** A case already in the register, open, waiting for a primary worker. */
    public Case waiting(String caseId, CaseCategory category, String familyId) {
        Case item = new Case(caseId, "C-" + caseId, familyId, category, false, DATE.minusDays(3), null);
        cases.add(item);
        return item;
    }

    public Register register() {
        return Register.of(new Authority("999", "Testshire", null)).teams(teams).workers(workers).employments(employments)
                .absences(absences).cases(cases).allocations(allocations).build();
    }

    /** A new referral: its child is {@code C-<caseId>} unless given. */
    public static Case newCase(String caseId, CaseCategory category, String familyId) {
        return openCase(caseId, category, familyId);
    }

    public static Case newCase(String caseId, String childId, CaseCategory category, String familyId) {
        return new Case(caseId, childId, familyId, category, false, DATE, null);
    }

    public static Case inCourt(String caseId) {
        return new Case(caseId, "C-" + caseId, null, CaseCategory.CHILD_IN_NEED, true, DATE, null);
    }

    private static Case openCase(String caseId, CaseCategory category, String familyId) {
        return new Case(caseId, "C-" + caseId, familyId, category, false, DATE.minusDays(30), null);
    }
}
