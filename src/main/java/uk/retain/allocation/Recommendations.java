package uk.retain.allocation;

import java.util.List;
import java.util.Optional;

/**
 * The answer for a set of cases: a recommendation for each case that can be placed without breaking a hard rule,
 * and every other case with the reason it stays unallocated. Each case asked about is in exactly one of the two
 * lists; both are in case_id order.
 */
public record Recommendations(List<Recommendation> recommendations, List<UnallocatedCase> unallocated) {

    public Recommendations {
        recommendations = List.copyOf(recommendations);
        unallocated = List.copyOf(unallocated);
    }

    /** The recommendation for {@code caseId}, if it was placed. */
    public Optional<Recommendation> forCase(String caseId) {
        return recommendations.stream().filter(r -> r.caseId().equals(caseId)).findFirst();
    }

    /** Why {@code caseId} was not placed, if it was not. */
    public Optional<String> whyUnallocated(String caseId) {
        return unallocated.stream().filter(u -> u.caseId().equals(caseId)).map(UnallocatedCase::reason).findFirst();
    }
}
