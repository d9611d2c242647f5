package uk.retain.allocation;

/**
 * An allocation a team manager is about to make: the case, its primary worker and the co-worker the protection
 * rule needs (or null). Where it comes from (a recommendation, or the manager's choice of another worker) does not
 * matter: every proposal is checked against the hard rules as the register stands at the moment of accepting.
 */
public record Proposal(String caseId, String workerId, String coWorkerId) {

    public static Proposal of(Recommendation recommendation) {
        return new Proposal(recommendation.caseId(), recommendation.workerId(), recommendation.coWorkerId());
    }
}
