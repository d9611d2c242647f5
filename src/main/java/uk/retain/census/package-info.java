/**
 * The DfE children's social work workforce census return (CSWW XML): the return built from the register for a
 * census date, the DfE's pre-submission checks the schema does not express, the XML written and validated against
 * the 2022 schema (the only public one), and read back.
 *
 * <p>Every figure comes from the register's own rules ({@link uk.retain.workforce.EmploymentHistory}, the measures'
 * definitions in {@link uk.retain.measures.WorkforceMeasures}), so the return agrees with the measures command.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Census return",
        allowedDependencies = {"workforce", "measures", "people", "web", "web :: *"})
package uk.retain.census;
