package uk.retain.development;

import java.time.LocalDate;

/**
 * A worker's place on an early-career programme (a row of programmes.csv).
 *
 * @param cohort the intake as the council names it, or null
 * @param assessorId the worker who assesses (the ASYE assessor or practice educator), or null
 * @param probationEnd the end of the worker's probation, or null
 * @param endedOn the last day of the place, or null while it runs
 * @param outcome how it ended: given exactly when {@code endedOn} is
 */
public record Programme(String programmeId, String workerId, ProgrammeKind programme, String cohort,
        LocalDate startDate, String assessorId, LocalDate probationEnd, LocalDate endedOn, ProgrammeOutcome outcome) {

    /** Started on or before the day and not ended on it ({@code ended_on} empty or after the day). */
    public boolean runningOn(LocalDate day) {
        return !startDate.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }
}
