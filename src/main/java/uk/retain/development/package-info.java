/**
 * People development: workers' places on early-career programmes (ASYE, the ECDP, a council's academy) and their
 * reviews, continuing professional development and post-qualifying awards, as the bundle files
 * {@code programmes.csv}, {@code programme_reviews.csv}, {@code development.csv} and {@code qualifications.csv}
 * carry them, and the programme measures of measures.md.
 *
 * <p>The review points each programme is reviewed at are data ({@link uk.retain.development.ProgrammeSteps}), so a
 * new programme is configured rather than coded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People development", allowedDependencies = {"workforce", "measures"})
package uk.retain.development;
