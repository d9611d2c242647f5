package uk.retain.allocation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.retain.allocation.TestCouncil.DATE;
import static uk.retain.allocation.TestCouncil.newCase;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.retain.allocation.CaseRequest;
import uk.retain.allocation.Reason;
import uk.retain.allocation.Recommendations;
import uk.retain.allocation.TestCouncil;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.JobRole;

/** The check after the search: whatever plan comes out, no recommendation breaks a hard rule. */
class RuleCheckTest {

    private final AllocationProblem problem = new AllocationProblem(new TestCouncil().team("T1", "North")
            .worker("S1", JobRole.SOCIAL_WORKER, "T1").worker("AP1", JobRole.ADVANCED_PRACTITIONER, "T1")
            .holding("S1", 17).holding("AP1", 12).register(), CaseloadPolicy.DEFAULT, DATE, List.of(
                    CaseRequest.inTeam(newCase("K1", CaseCategory.CHILD_IN_NEED, null), "T1"),
                    CaseRequest.inTeam(newCase("K2", CaseCategory.CHILD_PROTECTION, null), "T1")), Optional.empty());

    private static Candidate worker(AllocationPlan plan, String id) {
        return plan.getCandidates().stream().filter(c -> c.workerId().equals(id)).findFirst().orElseThrow();
    }

    /** S1 has one place left; AP1 has none, but co-working takes no place. */
    @Test
    void takesTheLatestCaseOverTheCapOutOfThePlanAndSaysWhy() {
        AllocationPlan plan = problem.newPlan();
        Candidate s1 = worker(plan, "S1");
        plan.getPlacements().forEach(p -> p.assign(s1, null));
        assertThat(AllocationSolver.score(plan).hardScore()).isNegative();

        Map<String, Reason> reasons = RuleCheck.enforce(plan);
        Recommendations result = PlanExplanation.of(problem, plan, reasons);

        assertThat(AllocationSolver.score(plan).hardScore()).isZero();
        assertThat(result.forCase("K1")).isPresent();
        assertThat(result.whyUnallocated("K2")).contains(Reason.of(Reason.Code.NO_CAPACITY_IN_TEAM, Reason.team("T1")));
    }

    @Test
    void dropsACoWorkerTheRuleDoesNotNeedButKeepsThePrimary() {
        AllocationPlan plan = problem.newPlan();
        Placement k2 = plan.getPlacements().get(1);
        k2.assign(worker(plan, "S1"), worker(plan, "AP1"));

        RuleCheck.enforce(plan);

        assertThat(k2.getPrimary().workerId()).isEqualTo("S1");
        assertThat(k2.getCoWorker()).isNull();
        assertThat(AllocationSolver.score(plan).hardScore()).isZero();
    }
}
