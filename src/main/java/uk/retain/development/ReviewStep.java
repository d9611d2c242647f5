package uk.retain.development;

import java.time.LocalDate;

/**
 * A review point of a programme with when it falls due: {@code months} after the place's start ("plus n months",
 * calendar arithmetic). A step that is not {@code required} (the ASYE's 9-month review) may be held but is never
 * overdue.
 */
public record ReviewStep(ReviewPoint review, int months, boolean required) {

    public ReviewStep {
        if (months <= 0) {
            throw new IllegalArgumentException("a review falls due at least a month after the start, not " + months);
        }
    }

    public static ReviewStep required(ReviewPoint review, int months) {
        return new ReviewStep(review, months, true);
    }

    public static ReviewStep optional(ReviewPoint review, int months) {
        return new ReviewStep(review, months, false);
    }

    /** The day the review falls due for a place started on {@code start}. */
    public LocalDate dueFor(LocalDate start) {
        return start.plusMonths(months);
    }
}
