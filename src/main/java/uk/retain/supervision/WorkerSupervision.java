package uk.retain.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import uk.retain.workforce.EmploymentHistory;
import uk.retain.workforce.Register;
import uk.retain.workforce.Supervision;

/**
 * One worker's supervision on a day, as their record shows it: their sessions as supervisee up to the day, newest
 * first; and, under the policy that applies to them ({@link SupervisionPolicies#applied}), the last session that counts,
 * the next supervision date and whether it is overdue ({@link NextSupervision}: due on the day itself is not).
 *
 * @param sessions the worker's sessions held on or before the day, newest first (every kind and length)
 * @param lastCounting L: the latest counting session since the employment start, or the start itself; null when the
 *     worker is not in employment on the day (then there is no next date either)
 * @param next the next supervision date, or null when not in employment on the day
 * @param daysOverdue days from the next date to the day when overdue, otherwise 0
 * @param policy which policy the rule is: the worker's variation, the authority's own, or the contract's default
 */
public record WorkerSupervision(String workerId, LocalDate day, List<Supervision> sessions, LocalDate lastCounting,
        LocalDate next, long daysOverdue, SupervisionRule rule, SupervisionPolicies.Source policy) {

    public WorkerSupervision {
        sessions = List.copyOf(sessions);
    }

    /** The worker's supervision on {@code day} under the policy {@code applied}. */
    public static WorkerSupervision of(Register register, String workerId, LocalDate day, SupervisionPolicies.Applied applied) {
        SupervisionRule rule = applied.rule();
        List<Supervision> own = register.supervisions().stream()
                .filter(s -> s.workerId().equals(workerId) && !s.date().isAfter(day))
                .sorted(Comparator.comparing(Supervision::date).reversed()).toList();
        EmploymentHistory history = SupervisionRecording.historyOf(register, workerId);
        NextSupervision next = new NextSupervision(rule);
        LocalDate last = next.lastSession(day, history, own);
        LocalDate due = last == null ? null : next.after(last, history);
        long overdue = due != null && due.isBefore(day) ? ChronoUnit.DAYS.between(due, day) : 0;
        return new WorkerSupervision(workerId, day, own, last, due, overdue, rule, applied.source());
    }

    /** Whether the next supervision date is before the day. */
    public boolean overdue() {
        return daysOverdue > 0;
    }

    /** The next supervision date as the pages write it ("5 October 2025"), or null. */
    public String nextWritten() {
        return uk.retain.web.Days.written(next);
    }

    /** L as the pages write it, or null. */
    public String lastWritten() {
        return uk.retain.web.Days.written(lastCounting);
    }

    /** Whether L is a session that counts (otherwise it is the employment start: none has counted since). */
    public boolean lastIsSession() {
        return lastCounting != null && sessions.stream().anyMatch(s -> s.date().equals(lastCounting) && rule.counts(s));
    }

    /** Whether the worker is in employment on the day (so has a next supervision date). */
    public boolean inEmployment() {
        return next != null;
    }
}
