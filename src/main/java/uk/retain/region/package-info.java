/**
 * Councils working together: a region's councils side by side for its regional analysts, from the registers
 * Retain holds (with small numbers suppressed) and the DfE's published figures for the councils not on Retain,
 * beside the region's and England's. Aggregates only: never a row about one person or one child.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region",
        allowedDependencies = {"workforce", "measures", "measures :: *", "benchmarking", "agency", "exits", "recruitment", "people", "web", "web :: *"})
package uk.retain.region;
