package uk.retain.allocation;

import java.util.List;
import java.util.Optional;

/**
 * The answer for a set of cases: a recommendation for each case that can be placed without breaking a hard rule,
 * and every other case with the reason it stays unallocated. Each case asked about is in exactly one of the two
 * lists; both are in case_id order.
 */
public record Recommendations(List<Recommendation> recommendations, List<UnallocatedCase> unallocated) implements java.io.Serializable {

    public Recommendations {
        recommendations = List.copyOf(recommendations);
        unallocated = List.copyOf(unallocated);
    }

    /** The recommendation for {@code caseId}, if it was placed. */
    public Optional<Recommendation> forCase(String caseId) {
        return recommendations.stream().filter(r -> r.caseId().equals(caseId)).findFirst();
    }

    /**
     * The JSON form the command line and the API give, key by key: the recommendations (co_worker_id null when
     * none), then the unallocated cases with their reasons.
     */
    public java.util.Map<String, Object> byName() {
        java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("recommendations", recommendations.stream().map(r -> {
            java.util.Map<String, Object> one = new java.util.LinkedHashMap<>();
            one.put("case_id", r.caseId());
            one.put("worker_id", r.workerId());
            one.put("co_worker_id", r.coWorkerId());
            one.put("reasons", r.reasons());
            one.put("load_before", r.loadBefore());
            one.put("load_after", r.loadAfter());
            one.put("cap", r.cap());
            return one;
        }).toList());
        json.put("unallocated", unallocated.stream().map(u -> {
            java.util.Map<String, Object> one = new java.util.LinkedHashMap<>();
            one.put("case_id", u.caseId());
            one.put("reason", u.reason());
            return one;
        }).toList());
        return json;
    }

    /** Why {@code caseId} was not placed, if it was not. */
    public Optional<String> whyUnallocated(String caseId) {
        return unallocated.stream().filter(u -> u.caseId().equals(caseId)).map(UnallocatedCase::reason).findFirst();
    }
}
