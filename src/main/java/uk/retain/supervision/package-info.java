/**
 * Supervision of social workers: when each worker's next supervision is due under a supervision policy (by default
 * the LGA Employer Standard the contract states), and the supervision measures of measures.md that count the workers
 * due and overdue.
 *
 * <p>Everything here is a pure function of the register and a reference date; a council's own policy is a
 * {@link uk.retain.supervision.SupervisionRule} passed in, {@link uk.retain.supervision.SupervisionRule#CONTRACT}
 * being the contract's defaults.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision", allowedDependencies = {"workforce", "measures", "people", "web", "web :: *"})
package uk.retain.supervision;
