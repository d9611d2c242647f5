/** The regional analyst's page: the region's councils side by side on a census date. */
@org.springframework.modulith.ApplicationModule(displayName = "Region pages",
        allowedDependencies = {"region", "benchmarking", "measures", "measures :: *", "workforce", "people", "web", "web :: *"})
package uk.retain.region.web;
