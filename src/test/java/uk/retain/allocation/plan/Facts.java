package uk.retain.allocation.plan;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.retain.workforce.Case;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.JobRole;

/** Workers and cases for constraint tests, built directly, with defaults a test changes only where it matters. */
final class Facts {

    private Facts() {
    }

    /** A worker: available, case holding, holding {@code cases} of {@code cap}, 0 of 100 points, weighting off. */
    static final class Worker {
        private final String id;
        private String team = "T1";
        private String locality = "North";
        private JobRole role = JobRole.SOCIAL_WORKER;
        private boolean holdsCases = true;
        private boolean inEmployment = true;
        private boolean absent;
        private int cases;
        private int cap = 18;
        private int points;
        private int capacity = 100;
        private boolean weighted;

        Worker(String id) {
            this.id = id;
        }

        Worker team(String team, String locality) {
            this.team = team;
            this.locality = locality;
            return this;
        }

        Worker role(JobRole role) {
            this.role = role;
            return this;
        }

        Worker holdsNoCases() {
            this.holdsCases = false;
            return this;
        }

        Worker notInEmployment() {
            this.inEmployment = false;
            return this;
        }

        Worker absent() {
            this.absent = true;
            return this;
        }

        Worker load(int cases, int cap) {
            this.cases = cases;
            this.cap = cap;
            return this;
        }

        Worker points(int points, int capacity) {
            this.points = points;
            this.capacity = capacity;
            this.weighted = true;
            return this;
        }

        Candidate build() {
            return new Candidate(id, team, locality, role, holdsCases, inEmployment, absent, cases, cap, points, capacity, weighted);
        }
    }

    static Worker worker(String id) {
        return new Worker(id);
    }

    static Candidate socialWorker(String id) {
        return worker(id).build();
    }

    /** A case to place: for any team, not in a family, child in need (5 points), nobody knows the child. */
    static final class CaseToPlace {
        private final String caseId;
        private CaseCategory category = CaseCategory.CHILD_IN_NEED;
        private boolean court;
        private String familyId;
        private String childId;
        private String team;
        private String locality;
        private int points = 5;
        private final Map<String, Integer> siblingsHeldBy = new HashMap<>();
        private final Map<String, Placement.Familiarity> knownBy = new LinkedHashMap<>();
        private Candidate currentCoWorker;
        private Candidate primary;
        private Candidate coWorker;

        CaseToPlace(String caseId) {
            this.caseId = caseId;
            this.childId = "C-" + caseId;
        }

        CaseToPlace childProtection() {
            this.category = CaseCategory.CHILD_PROTECTION;
            this.points = 8;
            return this;
        }

        CaseToPlace inCourt() {
            this.court = true;
            return this;
        }

        CaseToPlace family(String familyId) {
            this.familyId = familyId;
            return this;
        }

        CaseToPlace team(String team) {
            this.team = team;
            return this;
        }

        CaseToPlace locality(String locality) {
            this.locality = locality;
            return this;
        }

        CaseToPlace points(int points) {
            this.points = points;
            return this;
        }

        CaseToPlace siblingHeldBy(String workerId) {
            siblingsHeldBy.merge(workerId, 1, Integer::sum);
            return this;
        }

        CaseToPlace knownBy(String workerId, Placement.Familiarity how) {
            knownBy.put(workerId, how);
            return this;
        }

        CaseToPlace coWorkedNowBy(Candidate worker) {
            this.currentCoWorker = worker;
            return this;
        }

        CaseToPlace to(Candidate primary) {
            this.primary = primary;
            return this;
        }

        CaseToPlace coWorkedBy(Candidate coWorker) {
            this.coWorker = coWorker;
            return this;
        }

        Placement build() {
            Case item = new Case(caseId, childId, familyId, category, court, TestDates.DATE, null);
            Placement placement = new Placement(item, team, locality, points, 3, siblingsHeldBy, knownBy, currentCoWorker,
                    List.of(), List.of());
            placement.assign(primary, coWorker);
            return placement;
        }
    }

    static CaseToPlace placement(String caseId) {
        return new CaseToPlace(caseId);
    }

    static final class TestDates {
        static final java.time.LocalDate DATE = java.time.LocalDate.of(2025, 9, 30);
    }
}
