package uk.retain.workforce;

/**
 * A row of a file of cases to allocate ({@link Bundles#readCases}): a new or unallocated case, and the team it must
 * go to, or null for any team.
 */
public record CaseToAllocate(Case item, String teamId) {
}
