package uk.retain.allocation.plan;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import uk.retain.allocation.HardRule;
import uk.retain.allocation.Reason;

/**
 * The last word before a plan is recommended: it is scored again and, while any hard rule is broken, the latest
 * case (by case_id) that breaks one is taken out of the plan, or only its co-worker when the co-worker is the break.
 * What comes out has a hard score of 0: no recommendation ever breaks a rule, whatever the search did.
 */
final class RuleCheck {

    private RuleCheck() {
    }

    /** Makes {@code plan} keep every hard rule; answers, by case_id, the rule each case taken out would have broken. */
    static Map<String, Reason> enforce(AllocationPlan plan) {
        Map<String, Reason> reasons = new HashMap<>();
        HardMediumSoftScore score = AllocationSolver.score(plan);
        while (score.hardScore() < 0) {
            if (!undoOneBreak(plan, reasons)) {
                throw new IllegalStateException("the plan breaks a hard rule (" + score + ") that no check names");
            }
            score = AllocationSolver.score(plan);
        }
        return reasons;
    }

    private static boolean undoOneBreak(AllocationPlan plan, Map<String, Reason> reasons) {
        List<Placement> latestFirst = plan.getPlacements().stream()
                .sorted(Comparator.comparing(Placement::caseId).reversed()).toList();
        for (Placement p : latestFirst) {
            Candidate primary = p.getPrimary();
            Candidate coWorker = p.getCoWorker();
            if (primary == null) {
                if (coWorker != null) {
                    p.assign(null, null);
                    return true;
                }
                continue;
            }
            if (coWorker != null && (coWorker.equals(primary) || !p.needsCoWorker())) {
                p.assign(primary, null);
                return true;
            }
            HardRule broken = brokenRule(p);
            if (broken != null) {
                reasons.put(p.caseId(), Reason.of(Reason.Code.SEARCH_BROKE_RULE, new Reason.RuleBroken(broken)));
                p.assign(null, null);
                return true;
            }
        }
        Map<Candidate, long[]> added = PlanLoads.added(plan);
        for (Placement p : latestFirst) {
            Candidate primary = p.getPrimary();
            Candidate coWorker = p.getCoWorker();
            boolean overPrimary = primary != null && (primary.casesOverCap(added.get(primary)[0]) > 0
                    || primary.pointsOverCapacity(added.get(primary)[1]) > 0);
            boolean overCoWorker = coWorker != null && coWorker.pointsOverCapacity(added.get(coWorker)[1]) > 0;
            if (overPrimary || overCoWorker) {
                p.assign(null, null);
                return true;
            }
        }
        return false;
    }

    /** The first hard rule {@code p} breaks on its own, or null. */
    static HardRule brokenRule(Placement p) {
        Candidate primary = p.getPrimary();
        Candidate coWorker = p.getCoWorker();
        if (!primary.available() || (coWorker != null && !coWorker.available())) {
            return HardRule.WORKER_AVAILABLE;
        }
        if (!primary.holdsCases()) {
            return HardRule.CASE_HOLDING_ROLE;
        }
        if (p.outsideTeam(primary) || p.outsideTeam(coWorker)) {
            return HardRule.WITHIN_TEAM;
        }
        if (p.newlyQualifiedAlone()) {
            return HardRule.NEWLY_QUALIFIED_NEVER_ALONE;
        }
        return null;
    }
}
