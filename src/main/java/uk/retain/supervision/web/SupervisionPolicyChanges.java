package uk.retain.supervision.web;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.supervision.SupervisionPolicies;
import uk.retain.supervision.SupervisionRule;

/**
 * Who may read and change an authority's supervision policy and its variations, and the one way the API and the
 * pages change them: stored, and audited with what changed.
 */
@Component
public class SupervisionPolicyChanges {

    private final SupervisionPolicies policies;
    private final ApplicationEventPublisher events;

    SupervisionPolicyChanges(SupervisionPolicies policies, ApplicationEventPublisher events) {
        this.policies = policies;
        this.events = events;
    }

    public static boolean reads(Viewer viewer, String laCode) {
        return viewer.readsPoliciesOf(laCode);
    }

    /** Only the workforce lead (principal social worker) sets the authority's policy. */
    public static boolean changes(Viewer viewer, String laCode) {
        return viewer.setsPoliciesOf(laCode);
    }

    /**
     * Whether the viewer sees a worker's variations, given the teams the worker is in today: the workforce lead and
     * HR anyone's, a team manager their teams' workers', a social worker their own. Never a senior leader (no row
     * about one person) nor a regional analyst or administrator.
     */
    static boolean seesVariations(Viewer viewer, String laCode, String workerId, Collection<String> teamsToday) {
        return viewer.role() != Role.SENIOR_LEADER && viewer.seesWorker(laCode, workerId, teamsToday);
    }

    /** A manager of the worker's team (today), or the workforce lead, varies the policy for one worker. */
    static boolean varies(Viewer viewer, String laCode, String workerId, Collection<String> teamsToday) {
        return (viewer.role() == Role.TEAM_MANAGER || viewer.role() == Role.WORKFORCE_LEAD)
                && viewer.seesWorker(laCode, workerId, teamsToday);
    }

    @Transactional
    public void save(Viewer viewer, String laCode, SupervisionRule rule) {
        SupervisionRule before = policies.authorityRule(laCode);
        policies.save(laCode, rule, viewer.account().username());
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "supervision_policy", laCode, PolicySettings.changes(before, rule)));
    }

    @Transactional
    long vary(Viewer viewer, String laCode, String workerId, Period interval, String reason, LocalDate from, LocalDate to) {
        long id = policies.vary(laCode, workerId, interval, reason, from, to, viewer.account().username());
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "supervision_variation", workerId, "variation " + id + ": every " + interval
                + " from " + from + " to " + to + "; reason: " + reason));
        return id;
    }
}
