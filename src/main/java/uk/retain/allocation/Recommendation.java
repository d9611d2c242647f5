package uk.retain.allocation;

import java.util.List;

/**
 * Who should take one case, and why.
 *
 * @param caseId the case
 * @param workerId the recommended primary worker
 * @param coWorkerId the advanced practitioner or consultant social worker who should co-work it because the
 *        primary worker is newly qualified and the case is child protection or in court proceedings; null otherwise
 * @param reasons the preferences the choice meets (siblings kept together, a worker who knows the child, the lowest
 *        load in the team, the same locality) and why there is a co-worker, as codes: none names {@code workerId}
 * @param loadBefore the primary worker's load on the date, as a percentage of their capacity (cases against their
 *        cap and, when weighting is on, points against their capacity, whichever is higher)
 * @param loadAfter the same after every allocation these recommendations propose (not only this one)
 * @param cap the most cases the policy allows the primary worker
 */
public record Recommendation(String caseId, String workerId, String coWorkerId, List<Reason> reasons,
        double loadBefore, double loadAfter, int cap) implements java.io.Serializable {

    public Recommendation {
        reasons = List.copyOf(reasons);
    }

    /** The same recommendation with {@code first} before its reasons. */
    public Recommendation withReasonsFirst(List<Reason> first) {
        List<Reason> all = new java.util.ArrayList<>(first);
        all.addAll(reasons);
        return new Recommendation(caseId, workerId, coWorkerId, all, loadBefore, loadAfter, cap);
    }
}
