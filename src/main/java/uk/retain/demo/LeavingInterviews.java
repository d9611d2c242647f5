package uk.retain.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import uk.retain.exits.LeavingInterview;
import uk.retain.exits.LeavingReason;
import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;

/**
 * Exit interviews with most leavers, in their last weeks or in the weeks after they go (always within 60 days, and
 * never after the history ends). What they say follows their story: retirement for the retired; pay and flexibility
 * for those going to agency work; caseload, management and supervision for those leaving a team stretched in the
 * months before (the teams over their caps); the rest for the usual reasons. Those who leave stretched teams
 * would seldom come back or recommend the council.
 */
final class LeavingInterviews {

    private static final LeavingReason[] REASONS = LeavingReason.values();
    /** Weights of {@link LeavingReason} values, in their order. */
    private static final double[] USUAL = {9, 3, 5, 13, 20, 10, 12, 8, 16, 0, 4};
    private static final double[] STRETCHED = {42, 10, 20, 6, 6, 3, 0, 10, 3, 0, 0};
    private static final double[] TO_AGENCY = {15, 0, 8, 45, 0, 0, 25, 7, 0, 0, 0};
    private static final double[] OUT_OF_WORK = {0, 0, 0, 0, 0, 0, 25, 35, 40, 0, 0};
    private static final double[] FURTHER_STRETCHED = {30, 20, 25, 5, 3, 2, 3, 12, 0, 0, 0};
    private static final double[] FURTHER_USUAL = {10, 6, 6, 15, 15, 12, 14, 10, 10, 0, 2};

    private final DemoFacts facts;
    private final Chance chance;
    final List<LeavingInterview> interviews = new ArrayList<>();

    LeavingInterviews(DemoFacts facts, Chance chance) {
        this.facts = facts;
        this.chance = chance;
    }

    LeavingInterviews write() {
        facts.histories.forEach((workerId, history) -> {
            for (LocalDate leaving : history.leavings()) {
                interview(workerId, history, leaving);
            }
        });
        interviews.sort(Comparator.comparing(LeavingInterview::heldOn).thenComparing(LeavingInterview::workerId));
        return this;
    }

    private void interview(String workerId, EmploymentHistory history, LocalDate leaving) {
        Employment row = history.mainRow(leaving, EmploymentHistory.Kind.NON_AGENCY);
        Integer reasonLeave = row.endReason();
        if (reasonLeave != null && (reasonLeave == 4 || reasonLeave == 6) || !chance.of(0.78)) {
            return; // dismissed, deceased, or not interviewed
        }
        LocalDate held = DemoFacts.weekdayUntil(leaving.minusDays(chance.between(0, 25)));
        if (chance.of(0.35)) {
            LocalDate after = DemoFacts.weekdayFrom(leaving.plusDays(chance.between(3, 45)));
            if (!after.isAfter(facts.last)) {
                held = after;
            }
        }
        boolean stretched = facts.strain.stretchedOn(row.teamId(), leaving)
                || facts.strain.share(row.teamId(), leaving.minusDays(91), leaving) >= 0.4;
        Integer destination = row.leaverDestination();
        LeavingReason main;
        if (reasonLeave != null && reasonLeave == 5) {
            main = LeavingReason.RETIREMENT;
        } else if (reasonLeave != null && reasonLeave == 7) {
            main = chance.of(0.6) ? LeavingReason.CAREER_PROGRESSION : LeavingReason.OTHER;
        } else if (destination != null && destination == 3) {
            main = REASONS[chance.weighted(TO_AGENCY)];
        } else if (destination != null && destination == 6 && !stretched) {
            main = REASONS[chance.weighted(OUT_OF_WORK)];
        } else {
            main = REASONS[chance.weighted(stretched ? STRETCHED : USUAL)];
        }
        Set<LeavingReason> others = EnumSet.noneOf(LeavingReason.class);
        int more = chance.weighted(35, 40, 25);
        for (int i = 0; i < more; i++) {
            LeavingReason reason = REASONS[chance.weighted(stretched ? FURTHER_STRETCHED : FURTHER_USUAL)];
            if (reason != main) {
                others.add(reason);
            }
        }
        boolean wouldGoBack = switch (main) {
            case PERSONAL, RETIREMENT, TRAVEL, FLEXIBILITY, CAREER_PROGRESSION -> true;
            default -> false;
        };
        Boolean wouldReturn = chance.of(0.12) ? null : chance.of(stretched ? 0.15 : wouldGoBack ? 0.55 : 0.35);
        Boolean wouldRecommend = chance.of(0.12) ? null : chance.of(stretched ? 0.3 : 0.65);
        interviews.add(new LeavingInterview(workerId, held, main, List.copyOf(others), wouldReturn, wouldRecommend));
    }
}
