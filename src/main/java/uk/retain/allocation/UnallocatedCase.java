package uk.retain.allocation;

/**
 * A case no worker can take on the date without breaking a hard rule, and what stands in the way, as a code: such
 * as {@link Reason.Code#NO_CAPACITY_IN_TEAM} with the team ("no capacity in the team: escalate").
 */
public record UnallocatedCase(String caseId, Reason reason) implements java.io.Serializable {
}
