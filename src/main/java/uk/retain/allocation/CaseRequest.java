package uk.retain.allocation;

import java.util.Objects;

import uk.retain.workforce.Case;

/**
 * A case to place: a new referral, or an open case waiting for a primary worker.
 *
 * @param item the case, as cases.csv describes it; its {@code child_id} and {@code family_id} link it to the
 *        children the register already knows (siblings, earlier workers)
 * @param teamId the team the case must go to, or null for any team
 * @param locality where the child lives, as teams.csv names localities (e.g. {@code North}), or null: then the
 *        locality of {@code teamId}'s team, if any, is preferred
 */
public record CaseRequest(Case item, String teamId, String locality) {

    public CaseRequest {
        Objects.requireNonNull(item, "item");
    }

    /** A case for any team. */
    public static CaseRequest of(Case item) {
        return new CaseRequest(item, null, null);
    }

    /** A case that must go to {@code teamId}. */
    public static CaseRequest inTeam(Case item, String teamId) {
        return new CaseRequest(item, teamId, null);
    }

    public String caseId() {
        return item.caseId();
    }
}
