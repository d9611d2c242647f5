package uk.retain.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.retain.allocation.plan.Plans;
import uk.retain.caseload.CaseloadPolicy;
import uk.retain.workforce.Register;

/**
 * The check of a team manager's allocations against every hard rule, on the register as it stands: the rules the
 * recommender keeps (in employment and at work, a case-holding role, the case's team, the cap and the points
 * capacity, a newly qualified worker never alone on child protection or court work), and that nobody else gave the
 * case a primary worker first. What the recommendations page shows for each card ("accepting it now"), which other
 * workers it offers, and what an acceptance, one case or a batch, is checked against at the moment it is written.
 */
public interface Acceptance {

    /**
     * The check for {@code cases} of {@code teamId} on {@code date}: by case_id, the worker who holds the case now and
     * gives it up (a worker released, or over their cap), or null for a case waiting for a primary worker. Those
     * workers take none of the cases.
     */
    static Acceptance of(Register register, CaseloadPolicy policy, LocalDate date, String teamId, Map<String, String> cases) {
        return Plans.acceptance(register, policy, date, teamId, cases);
    }

    /** What accepting {@code proposal} alone would do now. */
    Outcome alone(Proposal proposal);

    /**
     * What accepting all of {@code proposals} together would do, in order: each is checked with the ones before it
     * already made, so the second case given to a worker with one place left breaks the cap.
     */
    List<Outcome> together(List<Proposal> proposals);

    /**
     * The other workers who could take the case instead of {@code recommended}'s worker now, each with what accepting
     * would do: every worker of the case's team for whom the proposal breaks no rule, keeping the recommended
     * co-worker where the protection rule needs one, in worker_id order.
     */
    List<Outcome> alternatives(Proposal recommended);

    /** Whether every outcome may be accepted. */
    static boolean allowed(List<Outcome> outcomes) {
        return outcomes.stream().allMatch(Outcome::allowed);
    }
}
