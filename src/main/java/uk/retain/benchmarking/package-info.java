/**
 * Benchmarks a council's children's social work workforce against England, its region and other councils, using
 * the indicators DfE publishes every year for every council.
 *
 * <p>The published file ships inside the application ({@code benchmarking/} on the classpath) and is read by column
 * name. Values DfE withheld are kept as null plus DfE's marker, never guessed. Groups of councils are added up by
 * summing counts and FTEs and then taking the ratios with {@link uk.retain.measures.Ratios}, never by averaging
 * rates. Plain Java: nothing here depends on Spring, save the dashboard page in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmarking",
        allowedDependencies = {"workforce", "measures", "measures :: *", "people", "web", "web :: *", "supervision"})
package uk.retain.benchmarking;
