package uk.retain.allocation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.retain.allocation.plan.Plans;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.workforce.Register;

/**
 * Recommends who should take each of a set of new or unallocated cases, as a team manager would wish: never
 * breaking a rule of the caseload policy, placing every case that can be placed, and then keeping siblings with one
 * worker, giving a child a worker who knows them, balancing load across the team and keeping to the locality, in
 * that order.
 *
 * <p>The hard rules: the worker is in employment and not absent on the date; holds a case-holding role; belongs to
 * the case's team when one is given; stays within their cap (cases as primary) and, with weighting on, their
 * points capacity (co-worked cases count toward points, not cases) after every allocation recommended; and a newly
 * qualified ({@code asye_social_worker}) primary on child protection or court work has an advanced practitioner or
 * consultant social worker co-working it (one already co-working the case counts). A co-worker is recommended only
 * where that rule needs one.
 *
 * <p>Plain Java, safe to call from any thread; it only reads the register. For the same input it always gives the
 * same answer (unless {@code limit} cuts a very large search short).
 */
public final class Recommender {

    /** The time limit the benchmark is held to: 5 s for 150 cases in a council of 400 workers. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(5);

    private Recommender() {
    }

    /**
     * Recommendations for {@code cases} on {@code date}.
     *
     * @param register the register the loads, teams, siblings and earlier workers come from
     * @param policy who holds cases, the caps, weighting and protection
     * @param date the day the allocations would start; loads, absences and employment are taken on it
     * @param cases new cases, or open cases without a primary worker on the date; each case once
     * @param releaseWorkerId a worker who leaves or goes on long absence: every open case they hold as primary on
     *        the date is placed too (in their team, preferring the worker already co-working it), and they take none
     * @param limit the most time the search may take; it normally stops well before, after a fixed number of steps
     * @return a recommendation for every case that can be placed without breaking a hard rule, and every other case
     *         with its reason
     * @throws IllegalArgumentException when a case already has a primary worker on the date (other than the worker
     *         released) or is not open on it, is asked for twice, names a team the register does not have, or the
     *         worker to release is not in employment on the date
     */
    public static Recommendations recommend(Register register, CaseloadPolicy policy, LocalDate date,
            List<CaseRequest> cases, Optional<String> releaseWorkerId, Duration limit) {
        return Plans.recommend(register, policy, date, cases, releaseWorkerId, limit);
    }

    /**
     * A rebalancing plan for {@code teamId} on {@code date} ({@link Rebalancing}): the cases to move from the team's
     * workers over their cap, and to whom in the team, under the same rules and preferences as any recommendation.
     *
     * @throws IllegalArgumentException when the register has no team {@code teamId}
     */
    public static Rebalancing rebalance(Register register, CaseloadPolicy policy, LocalDate date, String teamId, Duration limit) {
        return Plans.rebalance(register, policy, date, teamId, limit);
    }
}
