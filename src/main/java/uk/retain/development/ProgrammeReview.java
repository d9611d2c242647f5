package uk.retain.development;

import java.time.LocalDate;

/** A review held on a programme place (a row of programme_reviews.csv); at most one per place and review point. */
public record ProgrammeReview(String programmeId, ReviewPoint review, LocalDate heldOn, ReviewOutcome outcome) {
}
