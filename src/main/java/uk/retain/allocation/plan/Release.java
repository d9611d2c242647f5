package uk.retain.allocation.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cases taken from the workers who hold them, to be placed with the cases asked for: none; a worker's whole
 * caseload (they leave, go on long absence or move team); or some cases of some workers (a rebalancing: cases
 * moved from workers over their cap). The workers released take none of the cases.
 *
 * @param caseloadOf the worker whose every open case as primary on the date is placed, in their team; or null
 * @param cases further cases to place, by case_id, each with the team it must stay in (in the order given)
 * @param takingNone the workers who take none of the cases: the worker released, the workers the cases come from
 */
record Release(String caseloadOf, Map<String, String> cases, Set<String> takingNone) {

    Release {
        cases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cases));
        takingNone = Set.copyOf(takingNone);
    }

    static Release none() {
        return new Release(null, Map.of(), Set.of());
    }

    static Release of(Optional<String> caseloadOf) {
        return caseloadOf.map(Release::caseloadOf).orElse(none());
    }

    static Release caseloadOf(String workerId) {
        return new Release(workerId, Map.of(), Set.of(workerId));
    }

    /** {@code cases} (case_id to the team each stays in), held by {@code holders}, who take none of them. */
    static Release cases(Map<String, String> cases, Set<String> holders) {
        return new Release(null, cases, holders);
    }
}
