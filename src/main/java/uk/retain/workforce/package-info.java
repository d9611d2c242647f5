/**
 * The workforce register: an authority's teams, social workers, employments, establishment posts, absences,
 * cases, allocations and supervisions, as the bundle format describes them, and the import of a bundle.
 *
 * <p>The register types here are immutable records, so every other module reads the same snapshot the
 * bundle or the database gave; {@link uk.retain.workforce.Bundles} reads and checks a bundle, and
 * {@link uk.retain.workforce.Registers} gives the stored register of an authority.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce register",
        allowedDependencies = {"web"})
package uk.retain.workforce;
