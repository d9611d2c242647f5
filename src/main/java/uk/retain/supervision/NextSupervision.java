package uk.retain.supervision;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;

import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Supervision;

/**
 * The next supervision date of a worker on a day D (measures.md, "Next supervision date"), under a
 * {@link SupervisionRule}. A counting session is one of the worker's sessions that the rule counts, dated from their
 * employment start S (any contract) to D; L is the latest counting session's date, or S when there is none; the next
 * supervision is L plus the rule's interval at L. A worker is overdue on D when that date is before D: a session due
 * on D itself is not overdue.
 */
public final class NextSupervision {

    private static final NextSupervision CONTRACT = new NextSupervision(SupervisionRule.CONTRACT);

    private final SupervisionRule rule;

    public NextSupervision(SupervisionRule rule) {
        this.rule = java.util.Objects.requireNonNull(rule);
    }

    /** Under the contract's defaults. */
    public static NextSupervision contract() {
        return CONTRACT;
    }

    public SupervisionRule rule() {
        return rule;
    }

    /**
     * The next supervision date on {@code day} of a worker with {@code history} and the sessions {@code sessions}
     * (theirs as supervisee); null when they are not in employment on the day.
     */
    public LocalDate on(LocalDate day, EmploymentHistory history, Collection<Supervision> sessions) {
        LocalDate last = lastSession(day, history, sessions);
        return last == null ? null : after(last, history);
    }

    /** Whether the worker's next supervision date is before {@code day}; false when they are not in employment. */
    public boolean overdueOn(LocalDate day, EmploymentHistory history, Collection<Supervision> sessions) {
        LocalDate next = on(day, history, sessions);
        return next != null && next.isBefore(day);
    }

    /**
     * L for the day: the latest counting session's date from the employment start S to {@code day}, or S when there
     * is none; null when the worker is not in employment on the day.
     */
    public LocalDate lastSession(LocalDate day, EmploymentHistory history, Collection<Supervision> sessions) {
        LocalDate start = history.employmentStart(day);
        if (start == null) {
            return null;
        }
        LocalDate last = start;
        for (Supervision session : sessions) {
            LocalDate date = session.date();
            if (rule.counts(session) && !date.isBefore(start) && !date.isAfter(day) && date.isAfter(last)) {
                last = date;
            }
        }
        return last;
    }

    /** The next supervision date after a last session (or employment start) on {@code last}: L plus the interval. */
    public LocalDate after(LocalDate last, EmploymentHistory history) {
        return last.plus(intervalAt(last, history));
    }

    /** The interval at L: by the ASYE phase when the worker is in ASYE on L, otherwise the rule's interval. */
    public Period intervalAt(LocalDate last, EmploymentHistory history) {
        return rule.intervalAt(last, history.asyeStart(last));
    }
}
