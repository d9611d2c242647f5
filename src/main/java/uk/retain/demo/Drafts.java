package uk.retain.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import uk.retain.workforce.Absence;
import uk.retain.workforce.AbsenceReason;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.AllocationRole;
import uk.retain.workforce.ChangeReason;
import uk.retain.workforce.Contract;
import uk.retain.workforce.Employment;
import uk.retain.workforce.JobRole;

/**
 * Rows still being written: the simulation opens a row when something starts and fills in its end when it
 * ends; whatever is still open when the history ends stays open (no end date).
 */
final class Drafts {

    private Drafts() {
    }

    static final class EmploymentDraft {
        final String workerId;
        final Contract contract;
        final JobRole role;
        final String teamId;
        final String postId;
        /** Settable only while the history opens, when a row that started earlier is split into two jobs. */
        BigDecimal fte;
        final LocalDate start;
        LocalDate end;
        Integer endReason;
        Integer leaverDestination;

        EmploymentDraft(String workerId, Contract contract, JobRole role, String teamId, String postId, BigDecimal fte,
                LocalDate start) {
            this.workerId = workerId;
            this.contract = contract;
            this.role = role;
            this.teamId = teamId;
            this.postId = postId;
            this.fte = fte;
            this.start = start;
        }

        Employment toEmployment() {
            return new Employment(workerId, contract, role, teamId, postId, fte, start, end, endReason, leaverDestination);
        }
    }

    static final class AllocationDraft {
        final String caseId;
        final String workerId;
        final AllocationRole role;
        final LocalDate start;
        LocalDate end;
        ChangeReason reason;

        AllocationDraft(String caseId, String workerId, AllocationRole role, LocalDate start) {
            this.caseId = caseId;
            this.workerId = workerId;
            this.role = role;
            this.start = start;
        }

        Allocation toAllocation() {
            return new Allocation(caseId, workerId, role, start, end, reason);
        }
    }

    static final class AbsenceDraft {
        final String workerId;
        final LocalDate start;
        LocalDate end;
        final AbsenceReason reason;
        /** Working days lost in the row, or null for its Monday-to-Friday days. */
        BigDecimal workingDays;
        /** The share of a full week the worker works, to recount {@code workingDays} if the row is cut short. */
        final BigDecimal fte;

        AbsenceDraft(String workerId, LocalDate start, LocalDate end, AbsenceReason reason, BigDecimal workingDays,
                BigDecimal fte) {
            this.workerId = workerId;
            this.start = start;
            this.end = end;
            this.reason = reason;
            this.workingDays = workingDays;
            this.fte = fte;
        }

        Absence toAbsence() {
            return new Absence(workerId, start, end, reason, workingDays);
        }
    }
}
