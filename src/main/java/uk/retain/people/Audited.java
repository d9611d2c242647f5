package uk.retain.people;

/**
 * Someone saw or changed a person-level record, imported, exported or signed in or out: published by the module that
 * did it (Spring's {@code ApplicationEventPublisher}) for the audit trail to record. The trail writes it at once, in
 * the publisher's transaction when there is one, so an action published inside its transaction commits with its record
 * or not at all.
 *
 * @param laCode the authority of whoever acted, or null (a failed sign-in)
 * @param subjectType what kind of record, or null (a sign-in)
 * @param subjectId which record, or null
 * @param detail what was done in words, or null
 */
public record Audited(String username, String laCode, Action action, String subjectType, String subjectId, String detail) {

    /** What was done. */
    public enum Action { VIEW, CHANGE, IMPORT, EXPORT, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT }

    /** What {@code viewer} did, recorded under their user name and authority. */
    public static Audited of(Viewer viewer, Action action, String subjectType, String subjectId, String detail) {
        return new Audited(viewer.account().username(), viewer.laCode(), action, subjectType, subjectId, detail);
    }
}
