package uk.retain.recruitment;

import java.time.LocalDate;

import uk.retain.workforce.JobRole;

/**
 * A vacancy advertised, from the day it was advertised to the day it closed.
 *
 * @param postId the establishment post it would fill, or null
 * @param closedOn the day it closed, or null while it is open
 * @param closedReason why it closed, present exactly when {@code closedOn} is
 */
public record Vacancy(
        String vacancyId,
        String teamId,
        JobRole jobRole,
        String postId,
        LocalDate openedOn,
        LocalDate closedOn,
        ClosedReason closedReason) {

    /** Open on the day: advertised on or before it and not closed by it ({@code closed_on} empty or after it). */
    public boolean openOn(LocalDate day) {
        return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }
}
