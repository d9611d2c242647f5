/**
 * The people who use Retain: their accounts and roles, what each may see (their scope: one authority, their
 * teams, themselves, or a region's aggregates), and sign-in.
 *
 * <p>Other modules ask {@link uk.retain.people.Viewers} who is looking and what they may see, and publish
 * {@link uk.retain.people.Audited} for what was seen or changed (the audit module records it). The users page reads
 * the region of the administrator's authority from the register, to list the regional analysts who see its
 * aggregates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People and access",
        allowedDependencies = {"web", "web :: *", "workforce"})
package uk.retain.people;
