package uk.retain.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.retain.allocation.plan.Plans;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.workforce.Register;

/**
 * The baseline the recommender is measured against, as a team manager working down a list would allocate: each
 * case in turn, in the order given, to the least-loaded worker of its team who has room (ties to the smaller
 * worker_id), skipping a newly qualified worker for child protection or court work unless an advanced practitioner
 * or consultant with room can co-work it. It keeps every hard rule but looks neither at siblings, nor at who knew
 * the child, nor ahead.
 */
public final class GreedyAllocator {

    private GreedyAllocator() {
    }

    /** The greedy allocation of {@code cases}; arguments and errors as {@link Recommender#recommend}. */
    public static Recommendations allocate(Register register, CaseloadPolicy policy, LocalDate date,
            List<CaseRequest> cases, Optional<String> releaseWorkerId) {
        return Plans.greedy(register, policy, date, cases, releaseWorkerId);
    }
}
