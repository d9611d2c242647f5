/**
 * Caseloads against capacity: the authority's caseload policy (who holds cases, each worker's cap, optional
 * weighting, the protection of newly qualified workers), each worker's and team's load on a date, and the
 * alerts a team manager acts on. Plain Java over the register, shared by the pages, the API, the command line
 * and the allocation recommender.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Caseloads",
        allowedDependencies = {"workforce", "measures", "measures :: *", "people", "web", "web :: *", "benchmarking", "supervision", "workforce :: records"})
package uk.retain.caseload;
