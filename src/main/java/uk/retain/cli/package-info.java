/**
 * The command line: {@code import}, {@code measures}, {@code demo-bundle}, {@code allocate}, {@code agency-checks},
 * {@code retain-allocations}, {@code census} and {@code bench}, calling the same code as the API and the pages. Commands that read a bundle directly start no server and no database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line",
        allowedDependencies = {"workforce", "people", "allocation", "planning", "demo", "census", "benchmarking", "region", "caseload", "agency", "web", "measures"})
package uk.retain.cli;
