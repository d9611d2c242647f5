package uk.retain.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.retain.people.Audited;

/**
 * Writes each {@link Audited} as it is published. A plain listener on purpose: it runs in the publisher's thread and
 * transaction, so a failure to write undoes the action it records, and the request's address is still there to read.
 * A transactional (or application-module) listener would run after the commit, when an action could already be kept
 * without its record.
 */
@Component
class AuditRecorder {

    private final AuditTrail trail;

    AuditRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(Audited audited) {
        trail.record(audited);
    }
}
