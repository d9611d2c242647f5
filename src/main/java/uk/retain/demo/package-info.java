/**
 * A fictitious council, Exampleshire (la_code 999), generated as a register for demonstrations, tests and
 * benchmarks: a deterministic simulation of its social workers, posts, absences, children's cases, allocations
 * and supervision, day by day, that passes every rule of the bundle format; and, read off what the simulation
 * made, every capability file: early-career programmes and their reviews, development and qualifications,
 * vacancies and applications, agency engagements and the (example) price caps, leaving interviews and staff
 * surveys ({@link uk.retain.demo.CapabilityRows}).
 *
 * <p>{@link uk.retain.demo.DemoCouncil} is the way in; {@link uk.retain.demo.CouncilSize} says how big and over
 * which years. The same seed always gives the same register: no clock, no hash order, one seeded random source
 * per concern.
 *
 * <p>Staff and cases already there when the history starts keep their real start and opening dates, but only
 * their allocation on that day is recorded: the workers who held a case before it are not in the register.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo council",
        allowedDependencies = {"workforce", "development", "agency", "recruitment", "exits", "people", "caseload", "web"})
package uk.retain.demo;
