package uk.retain.workforce.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import uk.retain.workforce.Worker;

/**
 * One worker's record on a reference date, as the worker page and "my caseload" show it: employment history,
 * the cases held on the date, recent allocations and supervision. Personal details are only filled in for a
 * viewer who may see them.
 *
 * @param teamsOnDate the names of the teams the worker is in on the date
 * @param personal null unless the viewer may see personal details
 * @param casesWithheld the worker holds cases on the date in a team the viewer does not see (so none are listed)
 * @param movedOutOn the last day the worker was in the viewer's teams, written, when they have since moved to
 *     another team; null otherwise
 */
public record WorkerRecord(
        Worker worker,
        PersonName name,
        LocalDate date,
        String qualifiedOn,
        List<String> teamsOnDate,
        List<String> jobRolesOnDate,
        PersonalDetails personal,
        List<HistoryRow> history,
        List<CaseRow> cases,
        boolean casesWithheld,
        List<AllocationRow> recentAllocations,
        int recentDays,
        List<SupervisionRow> supervisions,
        String movedOutOn) {

    /** Birth date, gender and ethnicity: for HR only. */
    public record PersonalDetails(String dateOfBirth, String gender, String ethnicity) {
    }

    /** One employment row, newest first. */
    public record HistoryRow(String team, String jobRole, String contract, BigDecimal fte, String from, String to, String endReason) {
    }

    /** A case the worker holds on the date, as primary worker or co-worker. */
    public record CaseRow(String caseId, String childId, String category, String courtProceedings, String role, LocalDate since) {
    }

    /** An allocation that started recently, whether or not it has ended since. */
    public record AllocationRow(String caseId, String childId, String category, String role, String from, String to, String changeReason) {
    }

    /** A supervision session the worker had, newest first. */
    public record SupervisionRow(String date, String kind, int minutes, String supervisor) {
    }
}
