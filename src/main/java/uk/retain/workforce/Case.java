package uk.retain.workforce;

import java.time.LocalDate;

/**
 * One child's case. Retain keeps only the pseudonymous identifiers the case management system gives,
 * never a child's name, address or case notes.
 *
 * @param familyId shared by the children of one household, or null
 * @param closedOn null while the case is open
 */
public record Case(
        String caseId,
        String childId,
        String familyId,
        CaseCategory category,
        boolean courtProceedings,
        LocalDate openedOn,
        LocalDate closedOn) {

    public boolean openOn(LocalDate day) {
        return !openedOn.isAfter(day) && (closedOn == null || !closedOn.isBefore(day));
    }
}
