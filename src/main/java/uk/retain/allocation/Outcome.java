package uk.retain.allocation;

import java.util.List;

/**
 * What accepting a proposal now would do: the primary worker's load (and the co-worker's, if any) before and after,
 * and every hard rule it would break, as reasons. A proposal with no reason against it may be accepted.
 *
 * @param primary the primary worker's load, or null when they are not a worker on the date
 * @param coWorker the co-worker's load, or null when there is none (or they are not a worker on the date)
 * @param broken why it may not be accepted now; empty when it may
 */
public record Outcome(Proposal proposal, LoadChange primary, LoadChange coWorker, List<Reason> broken) {

    public Outcome {
        broken = List.copyOf(broken);
    }

    public boolean allowed() {
        return broken.isEmpty();
    }
}
