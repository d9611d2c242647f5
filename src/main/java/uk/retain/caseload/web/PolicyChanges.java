package uk.retain.caseload.web;


import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.retain.caseload.CaseloadPolicies;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.people.AuditTrail;
import uk.retain.people.AuditTrail.Action;
import uk.retain.people.Viewer;

/**
 * Who may read and change an authority's caseload policy, and the one way both the API and the page change it:
 * stored, and audited with what changed.
 */
@Component
public class PolicyChanges {

    private final CaseloadPolicies policies;
    private final AuditTrail audit;

    PolicyChanges(CaseloadPolicies policies, AuditTrail audit) {
        this.policies = policies;
        this.audit = audit;
    }

    public static boolean reads(Viewer viewer, String laCode) {
        return viewer.readsPoliciesOf(laCode);
    }

    /** Only the workforce lead (principal social worker) sets the policy, for their own authority. */
    public static boolean changes(Viewer viewer, String laCode) {
        return viewer.setsPoliciesOf(laCode);
    }

    public CaseloadPolicy of(String laCode) {
        return policies.of(laCode);
    }

    @Transactional
    public void save(Viewer viewer, String laCode, CaseloadPolicy policy) {
        CaseloadPolicy before = policies.of(laCode);
        policies.save(laCode, policy, viewer.account().username());
        audit.record(viewer, Action.CHANGE, "caseload_policy", laCode, PolicySettings.changes(before, policy));
    }
}
