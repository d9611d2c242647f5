package uk.retain.development;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import uk.retain.workforce.Employment;
import uk.retain.workforce.EmploymentHistory;

/**
 * An authority's rule for moving team (Redbridge's: after a year in post, both managers agreeing). A worker is in
 * post in their team from the first day of the longest run of days up to the day on each of which their main row is
 * in that team; they may move once they have been in post {@code minMonthsInPost} whole months, and, when
 * {@code managersAgree}, once the current and the receiving team managers have both agreed.
 */
public record TransferRule(int minMonthsInPost, boolean managersAgree) {

    public static final TransferRule DEFAULT = new TransferRule(12, true);
    public static final int MAX_MONTHS = 60;

    /** How a part of the rule stands: met, not met, or waiting for an answer. */
    public enum State {
        MET, NOT_MET, WAITING
    }

    /**
     * One part of the rule as applied: {@code in_post} (with the months needed and held, and the day the worker may
     * move from), {@code current_manager} or {@code receiving_manager}.
     */
    public record Check(String code, State state, long needed, long held, LocalDate from) {
    }

    /** The day the worker came into their main team of the day, or null when they are in no employment on it. */
    public static LocalDate inPostSince(EmploymentHistory history, LocalDate day) {
        Employment main = history.mainRow(day);
        if (main == null) {
            return null;
        }
        String team = main.teamId();
        LocalDate since = main.startDate();
        while (true) {
            Employment before = history.mainRow(since.minusDays(1));
            if (before == null || !before.teamId().equals(team)) {
                return since;
            }
            since = before.startDate().isBefore(since) ? before.startDate() : since.minusDays(1);
        }
    }

    /** The time-in-post part on the day. */
    public Check inPost(EmploymentHistory history, LocalDate day) {
        LocalDate since = inPostSince(history, day);
        if (since == null) {
            return new Check("in_post", State.NOT_MET, minMonthsInPost, 0, null);
        }
        long months = ChronoUnit.MONTHS.between(since, day);
        return new Check("in_post", months >= minMonthsInPost ? State.MET : State.NOT_MET, minMonthsInPost, months,
                since.plusMonths(minMonthsInPost));
    }

    /** Every part of the rule for a request on the day; the managers' parts only when the rule asks for them. */
    public List<Check> apply(EmploymentHistory history, TransferRequest request, LocalDate day) {
        List<Check> checks = new ArrayList<>();
        checks.add(inPost(history, day));
        if (managersAgree) {
            checks.add(answer("current_manager", request == null ? null : request.currentAgrees()));
            checks.add(answer("receiving_manager", request == null ? null : request.receivingAgrees()));
        }
        return checks;
    }

    private static Check answer(String code, Boolean agrees) {
        return new Check(code, agrees == null ? State.WAITING : agrees ? State.MET : State.NOT_MET, 0, 0, null);
    }

    public static boolean allMet(List<Check> checks) {
        return checks.stream().allMatch(check -> check.state() == State.MET);
    }
}
