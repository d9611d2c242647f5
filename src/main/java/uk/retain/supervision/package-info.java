/**
 * Supervision of social workers: when each worker's next supervision is due under a supervision policy (by default
 * the LGA Employer Standard the contract states), the supervision measures of measures.md that count the workers
 * due and overdue, each authority's own policy and its variations for one worker, and (in {@code web}) the pages
 * and API of the policy, the overdue lists and compliance over a year.
 *
 * <p>A team manager records a session through {@link uk.retain.supervision.SupervisionRecording}, which checks it
 * as an import would and writes it through the register; {@link uk.retain.supervision.WorkerSupervision} is one
 * worker's record and next date, as the pages and the API read it. The rest is a pure function of the register and
 * a reference date; a council's own policy is a
 * {@link uk.retain.supervision.SupervisionRule} passed in, {@link uk.retain.supervision.SupervisionRule#CONTRACT}
 * being the contract's defaults. {@link uk.retain.supervision.SupervisionPolicies} is the one place pages ask which
 * applies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
        allowedDependencies = {"workforce", "workforce :: records", "measures", "people", "web", "web :: *"})
package uk.retain.supervision;
