package uk.retain.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A funded post in the establishment; a null {@code fundedTo} means still funded. */
public record Post(String postId, String teamId, JobRole jobRole, BigDecimal fte, LocalDate fundedFrom, LocalDate fundedTo) {

    public boolean fundedOn(LocalDate day) {
        return !fundedFrom.isAfter(day) && (fundedTo == null || !fundedTo.isBefore(day));
    }
}
