package uk.retain.workforce;

import java.time.Instant;

/**
 * Where an allocation row came from: the last imported bundle, or made in Retain (a team manager accepting a
 * recommendation) by {@code madeBy} at {@code madeAt}; and, when Retain ended it (a reallocation), by whom and when.
 * The case management system holds neither kind of change until it is told (see
 * {@link Registers#changedInRetainSince}); an import that lacks them undoes them.
 *
 * @param madeBy the user who made the allocation in Retain, or null when it came in the bundle
 * @param madeAt when, or null
 * @param endedBy the user whose allocation in Retain ended this one, or null when it is as the bundle (or Retain) made it
 * @param endedAt when, or null
 */
public record AllocationProvenance(Allocation allocation, String madeBy, Instant madeAt, String endedBy, Instant endedAt) {

    public boolean madeInRetain() {
        return madeBy != null;
    }

    public boolean endedInRetain() {
        return endedBy != null;
    }
}
