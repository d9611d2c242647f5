package uk.retain.demo;

import static uk.retain.workforce.JobRole.PRACTICE_EDUCATOR;
import static uk.retain.workforce.JobRole.SENIOR_SOCIAL_WORKER;
import static uk.retain.workforce.JobRole.SOCIAL_WORKER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.retain.workforce.Contract;
import uk.retain.workforce.JobRole;

/**
 * The people who join an area: new recruits and locums, each a new worker in the register, and former staff who
 * went to agency work and come back as locums after the cooling-off period (one worker, permanent rows then
 * agency rows). Also the terms they join on.
 */
final class Newcomers {

    private final Chance chance;
    private final PersonalDetails people;
    private final Numbering numbers;
    private final RegisterDraft draft;
    /** Leavers who went to agency work, with the first day each may come back. */
    private final List<StaffMember> returners = new ArrayList<>();
    private final List<LocalDate> returnFrom = new ArrayList<>();

    Newcomers(Chance chance, PersonalDetails people, Numbering numbers, RegisterDraft draft) {
        this.chance = chance;
        this.people = people;
        this.numbers = numbers;
        this.draft = draft;
    }

    /** A new worker in the register. */
    StaffMember person(LocalDate qualified, boolean agency) {
        StaffMember worker = new StaffMember(numbers.worker(), people.person(qualified, agency), qualified);
        draft.people.add(worker);
        return worker;
    }

    /** A new locum: DfE's rules ask for at least three years since qualifying. */
    StaffMember locum(LocalDate day) {
        return person(day.minusDays(chance.between(3 * 365 + 30, 25 * 365)), true);
    }

    /** A leaver who went to agency work: some come back as locums, after at least three months. */
    void mayComeBackAsLocum(StaffMember leaver, LocalDate lastDay) {
        if (chance.of(0.3)) {
            returners.add(leaver);
            returnFrom.add(lastDay.plusDays(chance.between(92, 400)));
        }
    }

    /** A former permanent worker back as a locum after the cooling-off period, or null. */
    StaffMember returner(LocalDate day) {
        for (int i = 0; i < returners.size(); i++) {
            if (!returnFrom.get(i).isAfter(day) && chance.of(0.5)) {
                returnFrom.remove(i);
                return returners.remove(i);
            }
        }
        return null;
    }

    /** The role a locum covering a post of {@code postRole} works in. */
    JobRole agencyRole(JobRole postRole, StaffMember locum, LocalDate day) {
        if (postRole == SOCIAL_WORKER) {
            return locum.pqeYears(day) >= 6 && chance.of(0.5) ? SENIOR_SOCIAL_WORKER : SOCIAL_WORKER;
        }
        return postRole == PRACTICE_EDUCATOR ? SENIOR_SOCIAL_WORKER : postRole;
    }

    Contract contract() {
        return chance.of(0.08) ? Contract.FIXED_TERM : Contract.PERMANENT;
    }

    /** Mostly the post's hours; some take a full-time post part-time. */
    BigDecimal fte(EstablishmentPost post) {
        if (post.fte.compareTo(BigDecimal.ONE) == 0 && chance.of(0.1)) {
            return new BigDecimal("0.8");
        }
        return post.fte;
    }

    /** Census StartOrigin of someone experienced; {@code opening}: started before the history, less well recorded. */
    int startOrigin(boolean opening) {
        return 2 + chance.weighted(45, 5, 12, 10, 8, 10, 5, opening ? 15 : 5, opening ? 3 : 0);
    }
}
