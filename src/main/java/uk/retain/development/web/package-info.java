/**
 * The early-career programme pages: one worker's programme (their reviews, probation, protected time and caseload
 * against the ASYE cap), a social worker's own, the summary on a worker's page, and each cohort's progress and
 * retention for an authority.
 *
 * <p>A nested application module, as the workforce pages are (decision 0005): the pages read the caseload policy,
 * the viewer and the web helpers, which the development module itself, read by the measures, must not depend on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme pages",
        allowedDependencies = {"development", "workforce", "caseload", "people", "web", "web :: *"})
package uk.retain.development.web;
