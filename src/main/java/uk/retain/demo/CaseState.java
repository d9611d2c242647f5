package uk.retain.demo;

import java.time.LocalDate;
import java.util.List;

import uk.retain.demo.Drafts.AllocationDraft;
import uk.retain.demo.Establishment.Locality;
import uk.retain.workforce.Case;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.ServiceArea;

/**
 * One child's case: its route and stage dates, fixed when the child is referred, and who holds it today. The
 * demand is decided before the simulation runs, so the workforce never changes which children come.
 */
final class CaseState {

    /** A run of days a service's team holds the case, both ends inclusive. */
    record Stage(ServiceArea service, LocalDate start, LocalDate end) {
    }

    final String caseId;
    final String childId;
    final String familyId;
    final Pathway pathway;
    final Locality locality;
    /** Care proceedings or pre-proceedings are under way while the case is with child protection. */
    final boolean preProceedings;
    final List<Stage> stages;
    /** Siblings' cases, this one included, to give them the same worker where possible. */
    List<CaseState> family;

    int stage = -1;
    AreaTeam team;
    StaffMember primary;
    AllocationDraft primaryRow;
    StaffMember coWorker;
    AllocationDraft coWorkerRow;
    /** Not to be allocated before this day (a handover that waits), while in a team's waiting list. */
    LocalDate notBefore;
    LocalDate waitingSince;
    boolean closed;

    CaseState(String caseId, String childId, String familyId, Pathway pathway, Locality locality, boolean preProceedings,
            List<Stage> stages) {
        this.caseId = caseId;
        this.childId = childId;
        this.familyId = familyId;
        this.pathway = pathway;
        this.locality = locality;
        this.preProceedings = preProceedings;
        this.stages = stages;
    }

    LocalDate openedOn() {
        return stages.get(0).start();
    }

    LocalDate lastDay() {
        return stages.get(stages.size() - 1).end();
    }

    Stage current() {
        return stages.get(stage);
    }

    /** A newly qualified worker never holds protection or court work alone. */
    boolean needsExperiencedCoWorker() {
        if (primary == null || primary.role() != JobRole.ASYE_SOCIAL_WORKER) {
            return false;
        }
        ServiceArea service = current().service();
        return service == ServiceArea.CHILD_PROTECTION || service == ServiceArea.COURT || preProceedings;
    }

    /** The case as the register shows it at the end of the history. */
    Case toCase(LocalDate historyEnd) {
        LocalDate closedOn = lastDay().isAfter(historyEnd) ? null : lastDay();
        Stage last = stages.get(0);
        for (Stage candidate : stages) {
            if (!candidate.start().isAfter(historyEnd)) {
                last = candidate;
            }
        }
        boolean proceedings = last.service() == ServiceArea.COURT
                || (preProceedings && last.service() == ServiceArea.CHILD_PROTECTION);
        return new Case(caseId, childId, familyId, pathway.categoryIn(last.service()), proceedings, openedOn(), closedOn);
    }
}
