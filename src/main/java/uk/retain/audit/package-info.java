/**
 * The audit trail: the append-only record of who saw or changed which person-level record, of every import and export
 * and of every sign-in, and the administrator's search of it.
 *
 * <p>Modules do not call it: they publish {@link uk.retain.people.Audited}, and {@link uk.retain.audit.AuditRecorder}
 * writes each one at once, inside the publisher's transaction when there is one. No module depends on this one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail",
        allowedDependencies = {"people", "web"})
package uk.retain.audit;
