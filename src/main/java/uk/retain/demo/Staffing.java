package uk.retain.demo;

import static uk.retain.workforce.JobRole.ADVANCED_PRACTITIONER;
import static uk.retain.workforce.JobRole.ASYE_SOCIAL_WORKER;
import static uk.retain.workforce.JobRole.CONSULTANT_SOCIAL_WORKER;
import static uk.retain.workforce.JobRole.PRACTICE_EDUCATOR;
import static uk.retain.workforce.JobRole.SENIOR_SOCIAL_WORKER;
import static uk.retain.workforce.JobRole.SOCIAL_WORKER;
import static uk.retain.workforce.JobRole.TEAM_MANAGER;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import uk.retain.demo.Drafts.EmploymentDraft;
import uk.retain.development.AssessedYear;
import uk.retain.workforce.ChangeReason;
import uk.retain.workforce.Contract;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.ServiceArea;

/**
 * The workforce of one area over the history: who fills, covers or leaves each post, and how people progress.
 * Leavers go on Fridays and starters come on Mondays; newly qualified workers become social workers after their
 * year; social workers become seniors; a vacant senior post is often filled from within, which opens another
 * vacancy; most vacancies are covered by agency staff until someone is recruited, and a few locums convert.
 *
 * <p>Its rates are {@link StaffingRates}: they move by census year as England's did from 2023 to 2025 (fewer leavers,
 * quicker recruitment, less agency cover).
 */
final class Staffing {

    private static final BigDecimal EDUCATOR_SHARE = new BigDecimal("0.4");
    private static final BigDecimal CASEWORK_SHARE = new BigDecimal("0.6");

    private final StaffingRates rates;
    private final Chance chance;
    private final Newcomers newcomers;
    private final RegisterDraft draft;
    private final Casework casework;
    private final List<AreaTeam> teams;
    private final List<EstablishmentPost> posts;
    /** Everyone in employment today, in the order they joined. */
    final List<StaffMember> staff = new ArrayList<>();

    Staffing(StaffingRates rates, Chance chance, PersonalDetails people, Numbering numbers, RegisterDraft draft, Casework casework,
            List<AreaTeam> teams, List<EstablishmentPost> posts) {
        this.rates = rates;
        this.chance = chance;
        this.newcomers = new Newcomers(chance, people, numbers, draft);
        this.draft = draft;
        this.casework = casework;
        this.teams = teams;
        this.posts = posts;
    }

    // ---- The first day: the workforce the history opens with -------------------------------------------------

    void open(LocalDate first) {
        for (EstablishmentPost post : posts) {
            if (post.secondJob || !post.fundedOn(first)) {
                post.coverWanted = chance.of(StaffingRates.onDay(rates.covering(), first));
                continue;
            }
            if (chance.of(0.84)) {
                incumbent(post, first);
            } else {
                post.coverWanted = chance.of(StaffingRates.onDay(rates.covering(), first));
                if (post.coverWanted && chance.of(0.9)) {
                    StaffMember locum = newcomers.locum(first);
                    startRow(locum, Contract.AGENCY, newcomers.agencyRole(post.role, locum, first), post.team, post, post.fte,
                            first.minusDays(chance.between(7, 540)));
                }
            }
        }
        for (EstablishmentPost post : posts) {
            if (post.secondJob && post.fundedOn(first) && chance.of(0.9)) {
                shareWithCasework(post, first, true);
            }
        }
        for (AreaTeam team : teams) {
            if (team.plan.service() == ServiceArea.CHILD_PROTECTION && chance.of(0.5)) {
                StaffMember locum = newcomers.locum(first);
                startRow(locum, Contract.AGENCY, SOCIAL_WORKER, team, null, BigDecimal.ONE,
                        first.minusDays(chance.between(7, 200)));
            }
        }
    }

    /** Someone in the post since before the history, in the role its grade suggests. */
    private void incumbent(EstablishmentPost post, LocalDate first) {
        JobRole role = post.role;
        if (role == SOCIAL_WORKER) {
            role = new JobRole[] {ASYE_SOCIAL_WORKER, SOCIAL_WORKER, SENIOR_SOCIAL_WORKER}[chance.weighted(14, 46, 40)];
        }
        LocalDate start;
        LocalDate qualified;
        if (role == ASYE_SOCIAL_WORKER) {
            start = first.minusDays(chance.between(1, 360));
            qualified = start.minusDays(chance.between(20, 200));
        } else {
            qualified = first.minusDays(chance.between(yearsOfPractice(role)[0] * 365, yearsOfPractice(role)[1] * 365));
            int longest = (int) Math.min(qualified.until(first, ChronoUnit.DAYS) - 1, 15 * 365);
            start = first.minusDays(chance.between(30, Math.max(30, longest)));
        }
        StaffMember worker = newcomers.person(qualified, false);
        worker.startOrigin = role == ASYE_SOCIAL_WORKER ? 1 : newcomers.startOrigin(true);
        startRow(worker, newcomers.contract(), role, post.team, post, newcomers.fte(post), start);
    }

    /** The range of years since qualifying of people in a role. */
    private static int[] yearsOfPractice(JobRole role) {
        return switch (role) {
            case SOCIAL_WORKER -> new int[] {1, 6};
            case SENIOR_SOCIAL_WORKER -> new int[] {3, 22};
            case ADVANCED_PRACTITIONER, PRACTICE_EDUCATOR, QUALIFIED_WITHOUT_CASES -> new int[] {5, 25};
            case SERVICE_MANAGER, PRINCIPAL_SOCIAL_WORKER -> new int[] {10, 30};
            case SENIOR_MANAGER -> new int[] {15, 32};
            default -> new int[] {7, 28};
        };
    }

    // ---- Each day --------------------------------------------------------------------------------------------

    void changesOn(LocalDate day) {
        for (StaffMember worker : new ArrayList<>(staff)) {
            if (worker.coverEndsOn != null && worker.coverEndsOn.equals(day.minusDays(1))) {
                endAgency(worker, day.minusDays(1));
            } else if (worker.role() == ASYE_SOCIAL_WORKER && worker.asyeEnds != null && !worker.asyeEnds.isAfter(day)
                    && !worker.away(day) && changeable(worker, day)) {
                changeRow(worker, day, worker.contract(), SOCIAL_WORKER, worker.team, worker.post, worker.row.fte);
            }
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            leavings(day);
        }
        if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
            progression(day);
            recruitment(day);
        }
        if (day.getMonthValue() == 4 && day.getDayOfMonth() == 1 && day.getYear() == 2025) {
            defundVacantPosts(day);
        }
    }

    /** Fridays are last days: permanent staff leave, locums' assignments end. */
    private void leavings(LocalDate day) {
        LocalDate friday = day.minusDays(1);
        for (StaffMember worker : new ArrayList<>(staff)) {
            if (worker.agency()) {
                if (worker.coverEndsOn == null && chance.of(StaffingRates.weekly(rates.agencyEnding()))) {
                    endAgency(worker, friday);
                }
            } else if (worker.employedSince.plusDays(60).isBefore(day) && chance.of(StaffingRates.weekly(leavingRate(worker, day)))) {
                leave(worker, friday);
            }
        }
    }

    private double leavingRate(StaffMember worker, LocalDate day) {
        double rate = StaffingRates.onDay(rates.leaving(), day);
        JobRole role = worker.role();
        if (role == ASYE_SOCIAL_WORKER) {
            rate *= rates.asyeLeaving();
        } else if (role.orgRole() <= 3) {
            rate *= rates.managerLeaving();
        }
        return worker.contract() == Contract.FIXED_TERM ? rate * rates.fixedTermLeaving() : rate;
    }

    /** Monday changes: progression, moves, changes of hours and the end of shared posts. */
    private void progression(LocalDate day) {
        for (StaffMember worker : new ArrayList<>(staff)) {
            if (worker.agency() || worker.away(day) || !changeable(worker, day)) {
                continue;
            }
            if (worker.role() == SOCIAL_WORKER && worker.pqeYears(day) >= 3 && chance.of(StaffingRates.weekly(rates.promotion()))) {
                changeRow(worker, day, worker.contract(), SENIOR_SOCIAL_WORKER, worker.team, worker.post, worker.row.fte);
            } else if (worker.secondRow != null && chance.of(StaffingRates.weekly(rates.sharedPostEnding()))) {
                endSharedPost(worker, day);
            } else if (worker.secondRow == null && worker.post != null && chance.of(StaffingRates.weekly(rates.hoursChange()))) {
                changeHours(worker, day);
            } else if (worker.post != null && worker.post.role == SOCIAL_WORKER && worker.team.plan.holdsCases()
                    && chance.of(StaffingRates.weekly(rates.teamMove()))) {
                moveTeam(worker, day);
            }
        }
    }

    private void changeHours(StaffMember worker, LocalDate day) {
        BigDecimal hours = worker.row.fte.compareTo(BigDecimal.ONE) == 0 ? new BigDecimal("0.8") : BigDecimal.ONE;
        if (hours.compareTo(worker.post.fte) <= 0) {
            changeRow(worker, day, worker.contract(), worker.role(), worker.team, worker.post, hours);
        }
    }

    /** A lateral move to a vacant career-grade post in another case-holding team. */
    private void moveTeam(StaffMember worker, LocalDate day) {
        for (EstablishmentPost post : posts) {
            if (post.team != worker.team && post.role == SOCIAL_WORKER && post.team.plan.holdsCases() && post.vacant()
                    && post.cover == null && post.fundedOn(day) && post.fte.compareTo(worker.row.fte) >= 0) {
                changeRow(worker, day, worker.contract(), worker.role(), post.team, post, worker.row.fte);
                return;
            }
        }
    }

    /** Vacant posts are filled or covered; a new locum sometimes joins a busy team without a post. */
    private void recruitment(LocalDate day) {
        for (EstablishmentPost post : posts) {
            if (!post.fundedOn(day) || !post.vacant()) {
                continue;
            }
            if (chance.of(StaffingRates.weekly(StaffingRates.onDay(rates.filling(), day)))) {
                fill(post, day);
            } else if (!post.secondJob && post.cover == null && post.coverWanted && chance.of(0.3)) {
                StaffMember locum = newcomers.returner(day);
                if (locum == null) {
                    locum = newcomers.locum(day);
                }
                startRow(locum, Contract.AGENCY, newcomers.agencyRole(post.role, locum, day), post.team, post, post.fte, day);
            }
        }
        if (chance.of(StaffingRates.weekly(rates.extraLocum()))) {
            AreaTeam team = chance.pick(teams);
            if (team.plan.holdsCases()) {
                StaffMember locum = newcomers.locum(day);
                startRow(locum, Contract.AGENCY, SOCIAL_WORKER, team, null, BigDecimal.ONE, day);
            }
        }
    }

    private void fill(EstablishmentPost post, LocalDate day) {
        if (post.secondJob) {
            shareWithCasework(post, day, false);
            return;
        }
        StaffMember internal = post.role != SOCIAL_WORKER && chance.of(0.4) ? promotable(post, day) : null;
        if (internal != null) {
            JobRole role = post.role;
            changeRow(internal, day, internal.contract(), role, post.team, post, internal.row.fte.min(post.fte));
            return;
        }
        if (post.cover != null && changeable(post.cover, day) && chance.of(0.25)) {
            StaffMember locum = post.cover;
            if (locum.startOrigin == null) {
                locum.startOrigin = 4;
            }
            changeRow(locum, day, Contract.PERMANENT, locum.role(), post.team, post, locum.row.fte);
            return;
        }
        if (post.cover != null) {
            endAgency(post.cover, day.minusDays(1));
        }
        recruit(post, day);
    }

    /** Someone new from outside: often newly qualified for a career-grade post, experienced for the rest. */
    private void recruit(EstablishmentPost post, LocalDate day) {
        JobRole role = post.role;
        LocalDate qualified;
        if (role == SOCIAL_WORKER && chance.of(StaffingRates.onDay(rates.newlyQualified(), day))) {
            role = ASYE_SOCIAL_WORKER;
            qualified = day.minusDays(chance.between(20, 200));
        } else {
            int[] years = yearsOfPractice(role == SOCIAL_WORKER ? SENIOR_SOCIAL_WORKER : role);
            qualified = day.minusDays(chance.between(Math.max(2, years[0] - 1) * 365, years[1] * 365));
            if (role == SOCIAL_WORKER && qualified.until(day).getYears() >= 6 && chance.of(0.5)) {
                role = SENIOR_SOCIAL_WORKER;
            }
        }
        StaffMember worker = newcomers.person(qualified, false);
        worker.startOrigin = role == ASYE_SOCIAL_WORKER ? 1 : newcomers.startOrigin(false);
        startRow(worker, newcomers.contract(), role, post.team, post, newcomers.fte(post), day);
    }

    /** Someone ready for the next grade: a senior for an advanced practitioner post, and so on; same team first. */
    private StaffMember promotable(EstablishmentPost post, LocalDate day) {
        StaffMember elsewhere = null;
        for (StaffMember worker : staff) {
            if (worker.agency() || worker.away(day) || !changeable(worker, day) || worker.post == post
                    || worker.secondRow != null
                    || worker.row.fte.compareTo(post.fte) > 0 || !readyFor(post.role, worker, day)) {
                continue;
            }
            if (worker.team == post.team) {
                return worker;
            }
            if (elsewhere == null && worker.team.plan.holdsCases()) {
                elsewhere = worker;
            }
        }
        return elsewhere;
    }

    private static boolean readyFor(JobRole role, StaffMember worker, LocalDate day) {
        int pqe = worker.pqeYears(day);
        return switch (role) {
            case TEAM_MANAGER -> (worker.role() == ADVANCED_PRACTITIONER || worker.role() == SENIOR_SOCIAL_WORKER) && pqe >= 5;
            case ADVANCED_PRACTITIONER, CONSULTANT_SOCIAL_WORKER -> worker.role() == SENIOR_SOCIAL_WORKER && pqe >= 4;
            case SENIOR_SOCIAL_WORKER -> worker.role() == SOCIAL_WORKER && pqe >= 3;
            default -> false;
        };
    }

    /**
     * A practice educator's share of a post, held beside casework: a senior gives up 0.4 of their case-holding
     * hours, so they hold two part-time rows at once; otherwise someone is recruited to the 0.4 alone.
     */
    private void shareWithCasework(EstablishmentPost educatorPost, LocalDate day, boolean opening) {
        StaffMember senior = null;
        for (StaffMember worker : staff) {
            boolean fullTimeSenior = !worker.agency() && worker.secondRow == null && !worker.away(day)
                    && (opening || changeable(worker, day))
                    && (worker.role() == SENIOR_SOCIAL_WORKER || worker.role() == ADVANCED_PRACTITIONER)
                    && worker.team.plan.holdsCases() && worker.row.fte.compareTo(BigDecimal.ONE) == 0;
            if (fullTimeSenior && chance.of(0.2)) {
                senior = worker;
                break;
            }
        }
        if (senior == null) {
            LocalDate qualified = day.minusDays(chance.between(6 * 365, 20 * 365));
            StaffMember educator = newcomers.person(qualified, false);
            educator.startOrigin = newcomers.startOrigin(opening);
            startRow(educator, Contract.PERMANENT, PRACTICE_EDUCATOR, educatorPost.team, educatorPost, EDUCATOR_SHARE,
                    opening ? day.minusDays(chance.between(30, 1500)) : day);
            return;
        }
        LocalDate from = day;
        if (opening) {
            // Since before the history: the casework row is rewritten at 0.6 from the same start.
            from = senior.row.start;
            senior.row.fte = CASEWORK_SHARE;
        } else {
            changeRow(senior, day, senior.contract(), senior.role(), senior.team, senior.post, CASEWORK_SHARE);
        }
        senior.secondRow = new EmploymentDraft(senior.id, senior.contract(), PRACTICE_EDUCATOR, educatorPost.team.id(),
                educatorPost.id, EDUCATOR_SHARE, from);
        senior.secondPost = educatorPost;
        educatorPost.holders.add(senior);
        draft.employments.add(senior.secondRow);
    }

    /** A practice educator goes back to full-time casework. */
    private void endSharedPost(StaffMember worker, LocalDate day) {
        worker.secondRow.end = day.minusDays(1);
        worker.secondPost.holders.remove(worker);
        worker.secondRow = null;
        worker.secondPost = null;
        BigDecimal full = worker.post == null ? worker.row.fte : worker.post.vacancy().add(worker.row.fte).min(BigDecimal.ONE);
        changeRow(worker, day, worker.contract(), worker.role(), worker.team, worker.post, full);
    }

    /** Budgets are set in April: two long-vacant, uncovered posts are given up. */
    private void defundVacantPosts(LocalDate day) {
        int given = 0;
        for (EstablishmentPost post : posts) {
            if (given < 2 && post.fundedOn(day) && post.vacant() && post.cover == null && post.role == SOCIAL_WORKER
                    && !post.secondJob) {
                post.fundedTo = day.minusDays(1);
                given++;
            }
        }
    }

    // ---- Absence hooks ---------------------------------------------------------------------------------------

    /** Maternity leave from {@code first} to {@code last}: the council often brings in a locum for it. */
    void maternityLeave(StaffMember worker, LocalDate first, LocalDate last) {
        if (worker.asyeEnds != null && worker.role() == ASYE_SOCIAL_WORKER) {
            worker.asyeEnds = AssessedYear.extendedBy(worker.asyeEnds, first, last);
        }
        if (worker.team.plan.holdsCases() && chance.of(0.5)) {
            StaffMember locum = newcomers.locum(first);
            startRow(locum, Contract.AGENCY, newcomers.agencyRole(SOCIAL_WORKER, locum, first), worker.team, null, worker.row.fte,
                    first);
            locum.coverEndsOn = last;
        }
    }

    /** Back from maternity leave: some come back part-time. */
    void backFromMaternity(StaffMember worker, LocalDate day) {
        if (worker.secondRow == null && worker.post != null && worker.row.fte.compareTo(BigDecimal.ONE) == 0
                && changeable(worker, day) && chance.of(0.3)) {
            changeRow(worker, day, worker.contract(), worker.role(), worker.team, worker.post,
                    chance.of(0.5) ? new BigDecimal("0.6") : new BigDecimal("0.8"));
        }
    }

    // ---- Rows ------------------------------------------------------------------------------------------------

    private void startRow(StaffMember worker, Contract contract, JobRole role, AreaTeam team, EstablishmentPost post,
            BigDecimal fte, LocalDate start) {
        worker.row = new EmploymentDraft(worker.id, contract, role, team.id(), post == null ? null : post.id, fte, start);
        draft.employments.add(worker.row);
        if (worker.team != team) {
            if (worker.team != null) {
                worker.team.members.remove(worker);
            }
            team.members.add(worker);
            worker.team = team;
        }
        worker.post = post;
        if (post != null) {
            if (contract.isAgency()) {
                post.cover = worker;
            } else {
                post.holders.add(worker);
            }
        }
        if (!worker.employed) {
            worker.employed = true;
            worker.employedSince = start;
            staff.add(worker);
        }
        if (role == ASYE_SOCIAL_WORKER && worker.asyeEnds == null) {
            worker.asyeEnds = AssessedYear.end(start);
        }
    }

    private void endRow(StaffMember worker, LocalDate lastDay, Integer reason, Integer destination) {
        EmploymentDraft row = worker.row;
        row.end = lastDay;
        row.endReason = reason;
        row.leaverDestination = destination;
        EstablishmentPost post = worker.post;
        if (post != null) {
            if (row.contract.isAgency()) {
                post.cover = null;
            } else {
                post.holders.remove(worker);
                if (post.vacant()) {
                    post.coverWanted = chance.of(StaffingRates.onDay(rates.covering(), lastDay.plusDays(1)));
                }
            }
        }
        worker.post = null;
    }

    /** Whether the worker's rows started before today: a row cannot end the day before it starts. */
    private static boolean changeable(StaffMember worker, LocalDate day) {
        return worker.row.start.isBefore(day) && (worker.secondRow == null || worker.secondRow.start.isBefore(day));
    }

    /** A new row from {@code day} when the contract, role, team, post or hours change; the old one ends the day before. */
    private void changeRow(StaffMember worker, LocalDate day, Contract contract, JobRole role, AreaTeam team,
            EstablishmentPost post, BigDecimal fte) {
        if (!changeable(worker, day)) {
            throw new IllegalStateException(worker.id + "'s row started today, " + day + ": it cannot change yet");
        }
        LocalDate lastDay = day.minusDays(1);
        if (team != worker.team) {
            casework.release(worker, lastDay, ChangeReason.WORKER_MOVED);
        } else if (!Establishment.holdsCases(role) && Establishment.holdsCases(worker.role())) {
            casework.release(worker, lastDay, ChangeReason.OTHER);
        }
        endRow(worker, lastDay, null, null);
        startRow(worker, contract, role, team, post, fte, day);
    }

    /** A permanent or fixed-term worker's last day: every row they hold ends with the reason they left. */
    private void leave(StaffMember worker, LocalDate lastDay) {
        int reason = endReason();
        Integer destination = reason == 5 ? Integer.valueOf(6) : destination();
        endRow(worker, lastDay, reason, destination);
        if (worker.secondRow != null) {
            worker.secondRow.end = lastDay;
            worker.secondRow.endReason = reason;
            worker.secondRow.leaverDestination = destination;
            worker.secondPost.holders.remove(worker);
            worker.secondRow = null;
            worker.secondPost = null;
        }
        casework.release(worker, lastDay, ChangeReason.WORKER_LEFT);
        gone(worker, lastDay);
        if (destination != null && destination == 3) {
            newcomers.mayComeBackAsLocum(worker, lastDay);
        }
    }

    private void endAgency(StaffMember worker, LocalDate lastDay) {
        endRow(worker, lastDay, null, null);
        casework.release(worker, lastDay, ChangeReason.WORKER_LEFT);
        gone(worker, lastDay);
    }

    private void gone(StaffMember worker, LocalDate lastDay) {
        worker.employed = false;
        worker.team.members.remove(worker);
        worker.team = null;
        worker.coverEndsOn = null;
        worker.awayThrough = null;
        worker.offThrough = null;
        worker.nextSupervision = null;
        worker.nextReflective = null;
        AbsenceDiary.cutShort(worker, lastDay);
        staff.remove(worker);
    }

    /** Census ReasonLeave: mostly resignations. */
    private int endReason() {
        return 1 + chance.weighted(64, 1, 0.5, 2, 7, 0, 6, 8, 10, 1.5);
    }

    /** Census LeaverDestination, or null when not recorded. */
    private Integer destination() {
        return chance.of(0.06) ? null : 1 + chance.weighted(30, 2, 15, 8, 5, 12, 5, 18, 2);
    }

    /** Census StartOrigin of someone experienced; {@code opening}: started before the history, less well recorded. */
    private int startOrigin(boolean opening) {
        return 2 + chance.weighted(45, 5, 12, 10, 8, 10, 5, opening ? 15 : 5, opening ? 3 : 0);
    }
}
