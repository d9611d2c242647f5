/**
 * The register's pages: importing a bundle on the administrator's import page,
 * the teams and their measures, a worker's record, and a social worker's own caseload.
 *
 * <p>A nested application module of the workforce register: its pages read the measures, which are themselves
 * computed from the register, so as part of the register module they would make the two modules depend on
 * each other (see docs/decisions/0005-workforce-pages-a-nested-module.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce pages",
        allowedDependencies = {"workforce", "measures", "measures :: *", "caseload", "supervision", "people", "web", "web :: *"})
package uk.retain.workforce.web;
