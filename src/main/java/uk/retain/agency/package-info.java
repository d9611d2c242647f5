/**
 * Agency social workers: each engagement with its pay, charge and the DfE agency rules' checks, the regional price
 * caps, and the measures of measures.md that come from them (agency spend, unapproved breaches of the checks).
 *
 * <p>The module adds two files to the bundle format ({@link uk.retain.agency.AgencyEngagementsFile},
 * {@link uk.retain.agency.AgencyRateCapsFile}) and one set of measures ({@link uk.retain.agency.AgencyMeasures}),
 * found by the workforce and measures modules through {@link java.util.ServiceLoader}; {@link uk.retain.agency.AgencyChecks}
 * is the one place the checks are made.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agency", allowedDependencies = {"workforce", "measures", "people", "web", "web :: *"})
package uk.retain.agency;
