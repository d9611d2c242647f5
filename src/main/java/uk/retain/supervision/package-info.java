/**
 * Supervision of social workers: when each worker's next supervision is due under a supervision policy (by default
 * the LGA Employer Standard the contract states), the supervision measures of measures.md that count the workers
 * due and overdue, each authority's own policy and its variations for one worker, and (in {@code web}) the pages
 * and API of the policy, the overdue lists and compliance over a year.
 *
 * <p>The calculations are pure functions of the register and a reference date; a council's own policy is a
 * {@link uk.retain.supervision.SupervisionRule} passed in, {@link uk.retain.supervision.SupervisionRule#CONTRACT}
 * being the contract's defaults. {@link uk.retain.supervision.SupervisionPolicies} is the one place pages ask which
 * applies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
        allowedDependencies = {"workforce", "measures", "people", "web", "web :: *"})
package uk.retain.supervision;
