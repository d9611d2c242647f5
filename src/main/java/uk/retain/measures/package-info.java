/**
 * The workforce measures DfE publishes, and the seed councils' own yardsticks, computed as pure functions of
 * a register snapshot for a reference date, for the whole authority or by team.
 *
 * <p>The rules are those of the project's {@code docs/measures.md}; nothing here touches a database or a
 * framework, so the command line, the API and the pages all call the same code; the pages of the teams and their
 * measures are in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Measures",
        allowedDependencies = {"workforce", "workforce :: records", "people", "web", "web :: *"})
package uk.retain.measures;
