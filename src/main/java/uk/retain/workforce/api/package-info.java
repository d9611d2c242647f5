/**
 * The register's JSON API: importing a bundle (with its preview and dry run) and exporting it, and the download of
 * allocations made in Retain. A nested module for the same reason as the register's pages (decision 0005): it
 * audits through the people module, which itself reads the register. It shares the imports in progress and the
 * downloads with the import page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce API",
        allowedDependencies = {"workforce", "workforce.web", "people", "web", "web :: *"})
package uk.retain.workforce.api;
