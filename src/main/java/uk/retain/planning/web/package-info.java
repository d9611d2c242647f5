/**
 * The plan page and the planning API: the council's forecast under its scenarios, for the workforce lead and senior
 * leaders of the authority (who see the whole authority in aggregate), and the scenarios the workforce lead saves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce planning pages",
        allowedDependencies = {"planning", "benchmarking", "workforce", "people", "web", "web :: *"})
package uk.retain.planning.web;
