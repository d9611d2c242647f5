/**
 * The register's pages: importing a bundle on the administrator's import page, a worker's record and the
 * authority's list of workers.
 *
 * <p>A nested application module of the workforce register: the pages audit through the people module and the
 * worker page reads the supervision module, both of which read the register, so as part of the register module they
 * would make the modules depend on each other (see docs/decisions/0005-workforce-pages-a-nested-module.md). The pages that show other modules' data live in
 * those modules (the teams and their measures in {@code measures.web}, a social worker's own caseload in
 * {@code caseload.web}), reading a worker's record through the register's named interface {@code records}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce pages",
        allowedDependencies = {"workforce", "workforce :: records", "supervision", "people", "web", "web :: *"})
package uk.retain.workforce.web;
