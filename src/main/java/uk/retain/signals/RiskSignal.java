package uk.retain.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One signal raised for one worker: a fact of Retain's data, never a score.
 *
 * @param on the date of the fact (the latest week over cap, the day supervision fell due, the last CPD or the
 *        12 months' start when none, the latest change of manager, the latest spell's start, the review's date, the
 *        survey's first day)
 * @param evidence what shows it, in the order the signal's message takes them: numbers, codes, and dates
 */
public record RiskSignal(String workerId, SignalKind kind, LocalDate on, List<Object> evidence) {

    public RiskSignal {
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(kind, "kind");
        evidence = List.copyOf(evidence);
    }
}
