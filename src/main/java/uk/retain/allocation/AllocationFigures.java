package uk.retain.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.retain.allocation.plan.Plans;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.workforce.Register;

/**
 * The figures two ways of allocating the same cases are compared on (the recommender against the greedy
 * baseline), each worked out again from the register, so a result is checked rather than trusted.
 *
 * @param highestLoadPercent the highest load % after allocation of any worker given a case
 * @param teamSpreadPercent the standard deviation of load % after allocation among the available case holders of
 *        a team, averaged over the teams the cases could go to
 * @param siblingsSplit sibling pairs with different workers: two new cases of one family, or a new case and a
 *        sibling's open case the register already holds
 * @param unallocated cases left unallocated
 * @param hardRulesBroken the hard score of the result, re-scored by the allocation constraints: 0 when every rule
 *        holds (a case over the cap counts once per case over)
 */
public record AllocationFigures(double highestLoadPercent, double teamSpreadPercent, int siblingsSplit,
        int unallocated, long hardRulesBroken) {

    /** The figures of {@code result}, an answer for these arguments (as {@link Recommender#recommend} takes them). */
    public static AllocationFigures of(Register register, CaseloadPolicy policy, LocalDate date, List<CaseRequest> cases,
            Optional<String> releaseWorkerId, Recommendations result) {
        return Plans.figures(register, policy, date, cases, releaseWorkerId, result);
    }
}
