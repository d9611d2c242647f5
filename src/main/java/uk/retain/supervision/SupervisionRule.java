package uk.retain.supervision;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import uk.retain.workforce.Supervision;
import uk.retain.workforce.SupervisionKind;

/**
 * A supervision policy: which sessions count, and how long after the last one the next is due. The contract's
 * defaults ({@link #CONTRACT}, measures.md "Next supervision date", after LGA Employer Standard 5) count one-to-one
 * sessions of at least 90 minutes; a worker in ASYE is supervised weekly until 42 days after their ASYE start,
 * fortnightly until 6 months after it, then monthly; everyone else monthly. A council that varies the policy passes
 * its own rule; the product shows which rule a figure used.
 *
 * @param countingKinds the kinds of session that count
 * @param minimumMinutes the shortest session that counts, in minutes
 * @param asyePhases for a worker in ASYE on the last session's day L, the phases in order: the first whose
 *     {@link AsyePhase#until} is not yet reached (L before the ASYE start plus {@code until}) gives the interval
 * @param asyeAfterPhases the interval in ASYE once every phase is over
 * @param interval the interval of a worker not in ASYE on L
 */
public record SupervisionRule(Set<SupervisionKind> countingKinds, int minimumMinutes, List<AsyePhase> asyePhases,
        Period asyeAfterPhases, Period interval) {

    /** The contract's defaults (measures.md). */
    public static final SupervisionRule CONTRACT = new SupervisionRule(EnumSet.of(SupervisionKind.ONE_TO_ONE), 90,
            List.of(new AsyePhase(Period.ofDays(42), Period.ofDays(7)), new AsyePhase(Period.ofMonths(6), Period.ofDays(14))),
            Period.ofMonths(1), Period.ofMonths(1));

    public SupervisionRule {
        if (countingKinds.isEmpty()) {
            throw new IllegalArgumentException("a supervision rule counts at least one kind of session");
        }
        if (minimumMinutes < 0) {
            throw new IllegalArgumentException("minimum minutes must be 0 or more, not " + minimumMinutes);
        }
        countingKinds = Set.copyOf(EnumSet.copyOf(countingKinds));
        asyePhases = List.copyOf(asyePhases);
        asyePhases.forEach(phase -> positive(phase.interval()));
        positive(asyeAfterPhases);
        positive(interval);
    }

    /** Whether the session counts (its kind and length; the dates are the caller's). */
    public boolean counts(Supervision session) {
        return countingKinds.contains(session.kind()) && session.minutes() >= minimumMinutes;
    }

    /**
     * The interval after a last session on {@code last} of a worker whose ASYE start for that day is
     * {@code asyeStart} (null when they are not in ASYE on it).
     */
    public Period intervalAt(LocalDate last, LocalDate asyeStart) {
        if (asyeStart == null) {
            return interval;
        }
        for (AsyePhase phase : asyePhases) {
            if (last.isBefore(asyeStart.plus(phase.until()))) {
                return phase.interval();
            }
        }
        return asyeAfterPhases;
    }

    private static void positive(Period interval) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("an interval must be more than zero, not " + interval);
        }
    }

    /**
     * One phase of supervision in ASYE: {@code interval} between sessions while the last session is before the
     * ASYE start plus {@code until} ("plus n months" is calendar arithmetic, as {@link LocalDate#plus} does it).
     */
    public record AsyePhase(Period until, Period interval) {
    }
}
