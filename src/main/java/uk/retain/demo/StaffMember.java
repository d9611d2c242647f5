package uk.retain.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.retain.demo.Drafts.EmploymentDraft;
import uk.retain.demo.PersonalDetails.Person;
import uk.retain.workforce.Contract;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Worker;

/** A social worker as the simulation knows them today: their rows in force, post, team, cases and diary. */
final class StaffMember {

    final String id;
    final Person person;
    final LocalDate qualifiedOn;
    /** Census StartOrigin of their first non-agency start, or null while they have only worked as agency staff. */
    Integer startOrigin;

    /** The row in force (the main one when they hold two). */
    EmploymentDraft row;
    /** A second, part-time row held at the same time (a practice educator's share), or null. */
    EmploymentDraft secondRow;
    EstablishmentPost secondPost;
    AreaTeam team;
    EstablishmentPost post;
    /** The first day of their unbroken employment (any contract): allocations may not start before it. */
    LocalDate employedSince;
    LocalDate asyeEnds;
    /** Away (maternity, long sickness) and given no new cases until the day after this. */
    LocalDate awayThrough;
    /** Off (any absence) until the day after this: no supervision, no new absence. */
    LocalDate offThrough;
    /** The last day of the absence an agency worker covers; they leave the day after. */
    LocalDate coverEndsOn;
    LocalDate nextSupervision;
    LocalDate nextReflective;
    Drafts.AbsenceDraft absence;
    boolean employed;

    final List<CaseState> cases = new ArrayList<>();
    final List<CaseState> coWorked = new ArrayList<>();

    StaffMember(String id, Person person, LocalDate qualifiedOn) {
        this.id = id;
        this.person = person;
        this.qualifiedOn = qualifiedOn;
    }

    Contract contract() {
        return row.contract;
    }

    boolean agency() {
        return row.contract.isAgency();
    }

    JobRole role() {
        return row.role;
    }

    BigDecimal fte() {
        return secondRow == null ? row.fte : row.fte.add(secondRow.fte);
    }

    boolean away(LocalDate day) {
        return awayThrough != null && !day.isAfter(awayThrough);
    }

    boolean off(LocalDate day) {
        return offThrough != null && !day.isAfter(offThrough);
    }

    /** Whole years since qualifying. */
    int pqeYears(LocalDate day) {
        return qualifiedOn.until(day).getYears();
    }

    /** How full their caseload is: cases per FTE, against a full-time worker's share. */
    double load() {
        double share = Establishment.caseloadShare(role()) * row.fte.doubleValue();
        return share == 0 ? Double.MAX_VALUE : cases.size() / share;
    }

    boolean canHoldCases(LocalDate day) {
        return employed && Establishment.holdsCases(role()) && !away(day);
    }

    Worker toWorker() {
        return new Worker(id, new uk.retain.workforce.SweNumber(person.sweNumber()), person.familyName(),
                person.givenName(), qualifiedOn, person.dateOfBirth(), person.gender(), person.ethnicity(), startOrigin);
    }
}
