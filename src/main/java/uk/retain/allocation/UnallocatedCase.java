package uk.retain.allocation;

/**
 * A case no worker can take on the date without breaking a hard rule, and what stands in the way, e.g.
 * "no capacity in team T3: escalate".
 */
public record UnallocatedCase(String caseId, String reason) implements java.io.Serializable {
}
