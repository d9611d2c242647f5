/**
 * The planning model behind the allocation module's recommendations, internal to the module: the Timefold planning
 * solution ({@link uk.retain.allocation.plan.AllocationPlan}), its entity ({@link uk.retain.allocation.plan.Placement},
 * one per case), its problem facts ({@link uk.retain.allocation.plan.Candidate}, one per worker), the constraints
 * ({@link uk.retain.allocation.plan.AllocationConstraints}), the solver's configuration, the check that no hard rule is
 * broken, the explanation of a plan ({@code PlanExplanation}), the acceptance check ({@code AcceptanceCheck}) and the
 * rebalancing plan ({@code Rebalance}). Timefold needs the domain classes public; nothing outside the module uses
 * them. {@link uk.retain.allocation.plan.Plans} is the way in from the module's API.
 */
package uk.retain.allocation.plan;
