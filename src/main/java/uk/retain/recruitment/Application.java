package uk.retain.recruitment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One candidate's application to one vacancy, stage by stage: each stage date is the day the candidate reached it,
 * null when they have not (yet). The stages come in the order of {@link #STAGES}.
 *
 * @param candidateId the council's pseudonymous candidate reference, never a name
 * @param outcomeReason free text, or null
 * @param workerId the worker the candidate became, present exactly when the outcome is {@code started}
 */
public record Application(
        String applicationId,
        String vacancyId,
        String candidateId,
        Source source,
        LocalDate appliedOn,
        LocalDate shortlistedOn,
        LocalDate interviewedOn,
        LocalDate offeredOn,
        LocalDate acceptedOn,
        LocalDate startedOn,
        ApplicationOutcome outcome,
        String outcomeReason,
        String workerId) {

    /** The stage columns, in their order. */
    public static final List<String> STAGES = List.of("applied_on", "shortlisted_on", "interviewed_on", "offered_on",
            "accepted_on", "started_on");

    /** The stage dates in the order of {@link #STAGES}, null for a stage not reached. */
    public List<LocalDate> stageDates() {
        return Arrays.asList(appliedOn, shortlistedOn, interviewedOn, offeredOn, acceptedOn, startedOn);
    }
}
