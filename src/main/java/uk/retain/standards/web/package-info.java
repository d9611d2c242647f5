/**
 * The Employer Standards health check's pages: the year's evidence, ratings and action plan for the workforce lead,
 * HR and senior leaders, and the forms by which the workforce lead and the director rate a standard and plan actions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employer Standards pages",
        allowedDependencies = {"standards", "measures", "measures :: *", "workforce", "people", "web", "web :: *"})
package uk.retain.standards.web;
