package uk.retain.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import uk.retain.demo.Drafts.AbsenceDraft;
import uk.retain.demo.Drafts.AllocationDraft;
import uk.retain.demo.Drafts.EmploymentDraft;
import uk.retain.workforce.Absence;
import uk.retain.workforce.Allocation;
import uk.retain.workforce.Authority;
import uk.retain.workforce.BundleFile;
import uk.retain.workforce.Case;
import uk.retain.workforce.Employment;
import uk.retain.workforce.Register;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.Team;

/** Everything the simulation has written so far, turned into a register (in a stable, readable order) at the end. */
final class RegisterDraft {

    final List<Team> teams = new ArrayList<>();
    final List<EstablishmentPost> posts = new ArrayList<>();
    final List<StaffMember> people = new ArrayList<>();
    final List<EmploymentDraft> employments = new ArrayList<>();
    final List<AbsenceDraft> absences = new ArrayList<>();
    final List<CaseState> cases = new ArrayList<>();
    final List<AllocationDraft> allocations = new ArrayList<>();
    final List<Supervision> supervisions = new ArrayList<>();
    /** Which teams were stretched, week by week ({@link SupervisionDiary}). */
    final TeamStrain strain = new TeamStrain();

    Register toRegister(Authority authority, LocalDate historyEnd) {
        List<Employment> employmentRows = employments.stream().map(EmploymentDraft::toEmployment)
                .sorted(Comparator.comparing(Employment::workerId).thenComparing(Employment::startDate)
                        .thenComparing(Employment::teamId))
                .toList();
        List<Absence> absenceRows = absences.stream().map(AbsenceDraft::toAbsence)
                .sorted(Comparator.comparing(Absence::workerId).thenComparing(Absence::startDate)).toList();
        List<Case> caseRows = cases.stream().map(item -> item.toCase(historyEnd))
                .sorted(Comparator.comparing(Case::caseId)).toList();
        List<Allocation> allocationRows = allocations.stream().map(AllocationDraft::toAllocation)
                .sorted(Comparator.comparing(Allocation::caseId).thenComparing(Allocation::startDate)
                        .thenComparing(Allocation::role))
                .toList();
        List<Supervision> supervisionRows = supervisions.stream()
                .sorted(Comparator.comparing(Supervision::date).thenComparing(Supervision::workerId)).toList();
        return new Register(authority, teams, people.stream().map(StaffMember::toWorker).toList(), employmentRows,
                posts.stream().map(EstablishmentPost::toPost).toList(), absenceRows, caseRows, allocationRows,
                supervisionRows, EnumSet.allOf(BundleFile.class));
    }
}
