package uk.retain.allocation.plan;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * The last word before a plan is recommended: it is scored again and, while any hard rule is broken, the latest
 * case (by case_id) that breaks one is taken out of the plan, or only its co-worker when the co-worker is the break.
 * What comes out has a hard score of 0: no recommendation ever breaks a rule, whatever the search did.
 */
final class RuleCheck {

    private RuleCheck() {
    }

    /** Makes {@code plan} keep every hard rule; answers, by case_id, the rule each case taken out would have broken. */
    static Map<String, String> enforce(AllocationPlan plan) {
        Map<String, String> reasons = new HashMap<>();
        HardMediumSoftScore score = AllocationSolver.score(plan);
        while (score.hardScore() < 0) {
            if (!undoOneBreak(plan, reasons)) {
                throw new IllegalStateException("the plan breaks a hard rule (" + score + ") that no check names");
            }
            score = AllocationSolver.score(plan);
        }
        return reasons;
    }

    private static boolean undoOneBreak(AllocationPlan plan, Map<String, String> reasons) {
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
            String broken = brokenRule(p);
            if (broken != null) {
                reasons.put(p.caseId(), "the search placed it against the rule \"" + broken + "\": allocate by hand");
                p.assign(null, null);
                return true;
            }
        }
        Map<Candidate, long[]> added = AllocationProblem.added(plan);
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
    static String brokenRule(Placement p) {
        Candidate primary = p.getPrimary();
        Candidate coWorker = p.getCoWorker();
        if (!primary.available() || (coWorker != null && !coWorker.available())) {
            return AllocationConstraints.WORKER_AVAILABLE;
        }
        if (!primary.holdsCases()) {
            return AllocationConstraints.CASE_HOLDING_ROLE;
        }
        if (p.outsideTeam(primary) || p.outsideTeam(coWorker)) {
            return AllocationConstraints.WITHIN_TEAM;
        }
        if (p.newlyQualifiedAlone()) {
            return AllocationConstraints.NEWLY_QUALIFIED_NEVER_ALONE;
        }
        return null;
    }
}
