/**
 * Workforce planning: how many social workers of which experience a council will have, and need, month by month, with
 * the uncertainty of each figure, and how well the same methods forecast the past.
 *
 * <p>{@link uk.retain.planning.PublishedForecast} forecasts DfE's published indicators of every council a few years
 * ahead from the years before, and {@link uk.retain.planning.PublishedBacktest} measures it on the years it was not
 * given ({@code docs/planning.md}). Plain Java over immutable values: the random numbers and the statistics are
 * Hipparchus's (decision 0028), always from a seed, so that a forecast is the same for the same input.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce planning",
        allowedDependencies = {"benchmarking", "workforce", "measures", "people", "web", "web :: *"})
package uk.retain.planning;
