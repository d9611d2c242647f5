package uk.retain.caseload.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.retain.caseload.CaseloadPolicies;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Viewer;

/**
 * Who may read and change an authority's caseload policy, and the one way both the API and the page change it:
 * stored, and audited with what changed.
 */
@Component
public class PolicyChanges {

    private final CaseloadPolicies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyChanges(CaseloadPolicies policies, ApplicationEventPublisher events, Clock clock) {
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    public static boolean reads(Viewer viewer, String laCode) {
        return viewer.readsPoliciesOf(laCode);
    }

    /** Only the workforce lead (principal social worker) sets the policy, for their own authority. */
    public static boolean changes(Viewer viewer, String laCode) {
        return viewer.setsPoliciesOf(laCode);
    }

    /** The policy in force today. */
    public CaseloadPolicy of(String laCode) {
        return policies.of(laCode);
    }

    /** The policy in force on the day. */
    public CaseloadPolicy of(String laCode, LocalDate day) {
        return policies.of(laCode, day);
    }

    /** Every policy the authority has set, the latest first. */
    public List<CaseloadPolicies.InForce> history(String laCode) {
        return policies.history(laCode);
    }

    /** Saves the policy in force from today. */
    public void save(Viewer viewer, String laCode, CaseloadPolicy policy) {
        save(viewer, laCode, policy, LocalDate.now(clock));
    }

    /** Saves the policy in force from the day, audited with what changed against the policy in force that day. */
    @Transactional
    public void save(Viewer viewer, String laCode, CaseloadPolicy policy, LocalDate from) {
        CaseloadPolicy before = policies.of(laCode, from);
        policies.save(laCode, policy, viewer.account().username(), from);
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "caseload_policy", laCode,
                "in force from " + from + ": " + PolicySettings.changes(before, policy)));
    }
}
