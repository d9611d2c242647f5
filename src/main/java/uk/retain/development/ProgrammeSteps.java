package uk.retain.development;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review points of each kind of programme, and the programmes whose completers' retention is measured: the
 * configuration the programme measures read, so that a new programme (or a council's own review schedule) is a new
 * table, not new code. A kind missing from {@code steps} has no review points.
 *
 * <p>The contract's table ({@link #CONTRACT}, measures.md): the ASYE is reviewed at 3, 6 and 12 months, and may be at
 * 9 (never overdue); the ECDP the same for now; an academy has no review that is counted. Retention is measured
 * for the ASYE.
 *
 * @param steps the review points of each kind, in the order they fall due
 * @param retained the kinds whose places ended {@code passed} count for {@code programme_retention_percent}
 */
public record ProgrammeSteps(Map<ProgrammeKind, List<ReviewStep>> steps, Set<ProgrammeKind> retained) {

    private static final List<ReviewStep> ASYE_REVIEWS = List.of(
            ReviewStep.required(ReviewPoint.THREE_MONTH, 3),
            ReviewStep.required(ReviewPoint.SIX_MONTH, 6),
            ReviewStep.optional(ReviewPoint.NINE_MONTH, 9),
            ReviewStep.required(ReviewPoint.TWELVE_MONTH, 12));

    /** The contract's table. */
    public static final ProgrammeSteps CONTRACT = new ProgrammeSteps(
            Map.of(ProgrammeKind.ASYE, ASYE_REVIEWS, ProgrammeKind.ECDP, ASYE_REVIEWS, ProgrammeKind.ACADEMY, List.of()),
            EnumSet.of(ProgrammeKind.ASYE));

    public ProgrammeSteps {
        Map<ProgrammeKind, List<ReviewStep>> copied = new EnumMap<>(ProgrammeKind.class);
        steps.forEach((kind, list) -> {
            List<ReviewStep> copy = List.copyOf(list);
            if (copy.stream().map(ReviewStep::review).distinct().count() != copy.size()) {
                throw new IllegalArgumentException("a review point is listed twice for " + kind.code());
            }
            copied.put(kind, copy);
        });
        steps = java.util.Collections.unmodifiableMap(copied);
        retained = retained.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(retained));
    }

    /** The review points of a kind, in order; empty when it has none. */
    public List<ReviewStep> of(ProgrammeKind kind) {
        return steps.getOrDefault(kind, List.of());
    }

    /** The review points of a kind that can be overdue. */
    public List<ReviewStep> required(ProgrammeKind kind) {
        return of(kind).stream().filter(ReviewStep::required).toList();
    }

    public boolean retains(ProgrammeKind kind) {
        return retained.contains(kind);
    }
}
