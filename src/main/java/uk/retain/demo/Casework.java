package uk.retain.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.retain.demo.CaseState.Stage;
import uk.retain.demo.Drafts.AllocationDraft;
import uk.retain.workforce.AllocationRole;
import uk.retain.workforce.ChangeReason;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.ServiceArea;

/**
 * Who holds each child's case, day by day, in one area: a case waits in its team until a worker is free, goes
 * to the worker with the lightest load (siblings to their brother's or sister's worker), moves when its stage
 * moves to another team, and is handed on when its worker leaves, moves or is away for long. A newly qualified
 * worker holding protection or court work gets an experienced co-worker.
 */
final class Casework {

    /** Cases per FTE (against a full caseload share) above which a team waits before allocating more. */
    private static final double FULL_LOAD = 20;
    /** Days a case waits for capacity before going to the least-loaded worker anyway. */
    private static final int LONGEST_WAIT = 10;
    /**
     * The last days of the history, whose new and moved cases are still waiting when it ends: the demo opens on a
     * team's Friday-afternoon queue of cases to allocate.
     */
    private static final int FINAL_QUEUE_DAYS = 4;

    private final Chance chance;
    private final List<AreaTeam> teams;
    private final List<AllocationDraft> allocations;

    Casework(Chance chance, List<AreaTeam> teams, List<AllocationDraft> allocations) {
        this.chance = chance;
        this.teams = teams;
        this.allocations = allocations;
    }

    /** The team of the stage's service that serves the child's locality. */
    private AreaTeam teamFor(CaseState item, ServiceArea service) {
        for (AreaTeam team : teams) {
            if (team.plan.service() == service && team.plan.serves().contains(item.locality)) {
                return team;
            }
        }
        throw new IllegalStateException("no " + service + " team serves " + item.locality);
    }

    /** A case the history opens with: it waits, from its current stage's start, for a worker on the first day. */
    void alreadyOpen(CaseState item, LocalDate historyStart) {
        for (int i = 0; i < item.stages.size(); i++) {
            if (!item.stages.get(i).end().isBefore(historyStart)) {
                item.stage = i;
                break;
            }
        }
        item.team = teamFor(item, item.current().service());
        wait(item, item.current().start());
    }

    /** The case's next stage starts today: a new referral, or a move to another team. */
    void nextStage(CaseState item, LocalDate day) {
        if (item.stage >= 0) {
            endPrimary(item, day.minusDays(1), ChangeReason.CASE_TRANSFERRED);
            stopWaiting(item);
        }
        item.stage++;
        Stage stage = item.current();
        if (!stage.start().equals(day)) {
            throw new IllegalStateException("stage of " + item.caseId + " starts " + stage.start() + ", not " + day);
        }
        item.team = teamFor(item, stage.service());
        wait(item, day);
    }

    /** The case closed yesterday. */
    void close(CaseState item, LocalDate day) {
        endPrimary(item, day.minusDays(1), ChangeReason.CASE_CLOSED);
        stopWaiting(item);
        item.closed = true;
    }

    /** The worker's last day with their cases is {@code lastDay}: hand every case on. */
    void release(StaffMember worker, LocalDate lastDay, ChangeReason reason) {
        for (CaseState item : new ArrayList<>(worker.cases)) {
            endPrimary(item, lastDay, reason);
            LocalDate from = lastDay.plusDays(1);
            // Now and then a handover waits: the case is unallocated for some days.
            wait(item, chance.of(0.1) ? from.plusDays(chance.between(2, 15)) : from);
        }
        for (CaseState item : new ArrayList<>(worker.coWorked)) {
            endCoWorker(item, lastDay, reason);
            item.team.needingCoWorker.add(item);
        }
    }

    private void wait(CaseState item, LocalDate from) {
        item.notBefore = from;
        item.waitingSince = from;
        item.team.waiting.add(item);
    }

    private void stopWaiting(CaseState item) {
        if (item.notBefore != null) {
            item.team.waiting.remove(item);
            item.notBefore = null;
        }
    }

    private void endPrimary(CaseState item, LocalDate lastDay, ChangeReason reason) {
        if (item.primaryRow == null) {
            return;
        }
        if (item.coWorkerRow != null) {
            boolean caseMoves = reason == ChangeReason.CASE_CLOSED || reason == ChangeReason.CASE_TRANSFERRED;
            endCoWorker(item, lastDay, caseMoves ? reason : ChangeReason.OTHER);
        }
        item.primaryRow.end = lastDay;
        item.primaryRow.reason = reason;
        item.primary.cases.remove(item);
        item.primary = null;
        item.primaryRow = null;
    }

    private void endCoWorker(CaseState item, LocalDate lastDay, ChangeReason reason) {
        item.coWorkerRow.end = lastDay;
        item.coWorkerRow.reason = reason;
        item.coWorker.coWorked.remove(item);
        item.coWorker = null;
        item.coWorkerRow = null;
    }

    /**
     * Gives waiting cases a worker, then finds co-workers where a newly qualified worker needs one. Cases that
     * start waiting in the history's last {@value #FINAL_QUEUE_DAYS} days stay waiting.
     */
    void allocate(LocalDate day, LocalDate historyStart, LocalDate historyEnd) {
        LocalDate finalQueue = historyEnd.minusDays(FINAL_QUEUE_DAYS - 1);
        for (AreaTeam team : teams) {
            List<CaseState> waiting = team.waiting;
            for (int i = 0; i < waiting.size(); ) {
                CaseState item = waiting.get(i);
                if (!item.waitingSince.isBefore(finalQueue)) {
                    i++;
                    continue;
                }
                // Only on the first day: a case the history opens with has been held since before it.
                boolean backdated = day.equals(historyStart) && item.notBefore.isBefore(historyStart);
                StaffMember worker = item.notBefore.isAfter(day) ? null : choose(item, team, day, backdated);
                if (worker == null) {
                    i++;
                    continue;
                }
                waiting.remove(i);
                LocalDate start = backdated ? later(item.notBefore, worker.employedSince) : day;
                item.notBefore = null;
                assign(item, worker, start);
            }
            findCoWorkers(team, day, historyStart);
        }
    }

    /** The sibling's worker when they can take one more, else the lightest load; null to wait. */
    private StaffMember choose(CaseState item, AreaTeam team, LocalDate day, boolean force) {
        for (CaseState sibling : item.family) {
            StaffMember theirs = sibling.primary;
            if (sibling != item && theirs != null && sibling.team == team && theirs.canHoldCases(day)
                    && theirs.load() < FULL_LOAD + 2) {
                return theirs;
            }
        }
        StaffMember lightest = null;
        for (StaffMember member : team.members) {
            if (member.canHoldCases(day) && (lightest == null || member.load() < lightest.load())) {
                lightest = member;
            }
        }
        if (lightest == null) {
            return null;
        }
        boolean waitedLongEnough = item.waitingSince.plusDays(LONGEST_WAIT).isBefore(day);
        return force || waitedLongEnough || lightest.load() < FULL_LOAD ? lightest : null;
    }

    private void assign(CaseState item, StaffMember worker, LocalDate start) {
        item.primary = worker;
        item.primaryRow = row(item, worker, AllocationRole.PRIMARY, start);
        worker.cases.add(item);
        if (item.needsExperiencedCoWorker()) {
            item.team.needingCoWorker.add(item);
        }
    }

    private AllocationDraft row(CaseState item, StaffMember worker, AllocationRole role, LocalDate start) {
        AllocationDraft row = new AllocationDraft(item.caseId, worker.id, role, start);
        allocations.add(row);
        return row;
    }

    private void findCoWorkers(AreaTeam team, LocalDate day, LocalDate historyStart) {
        List<CaseState> needing = team.needingCoWorker;
        for (int i = 0; i < needing.size(); ) {
            CaseState item = needing.get(i);
            if (item.team != team || item.coWorker != null || !item.needsExperiencedCoWorker()) {
                needing.remove(i);
                continue;
            }
            StaffMember coWorker = experiencedColleague(team, item.primary, day);
            if (coWorker == null) {
                i++;
                continue;
            }
            needing.remove(i);
            // On the first day, a case the history opens with was co-worked from its primary's start.
            boolean opening = day.equals(historyStart) && item.primaryRow.start.isBefore(historyStart);
            LocalDate start = opening ? later(item.primaryRow.start, coWorker.employedSince) : day;
            item.coWorker = coWorker;
            item.coWorkerRow = row(item, coWorker, AllocationRole.CO_WORKER, start);
            coWorker.coWorked.add(item);
        }
    }

    /** An advanced practitioner, consultant or senior in the team, the one co-working least. */
    private static StaffMember experiencedColleague(AreaTeam team, StaffMember primary, LocalDate day) {
        StaffMember best = null;
        for (StaffMember member : team.members) {
            JobRole role = member.role();
            boolean experienced = role == JobRole.ADVANCED_PRACTITIONER || role == JobRole.CONSULTANT_SOCIAL_WORKER
                    || role == JobRole.SENIOR_SOCIAL_WORKER;
            if (experienced && member != primary && member.employed && !member.away(day)
                    && (best == null || member.coWorked.size() < best.coWorked.size())) {
                best = member;
            }
        }
        return best;
    }

    /** Once a month a manager moves a few cases from the fullest caseload to the lightest. */
    void rebalance(LocalDate day) {
        for (AreaTeam team : teams) {
            for (int moves = 0; moves < 3; moves++) {
                StaffMember fullest = null;
                StaffMember lightest = null;
                for (StaffMember member : team.members) {
                    if (!member.canHoldCases(day)) {
                        continue;
                    }
                    if (fullest == null || member.load() > fullest.load()) {
                        fullest = member;
                    }
                    if (lightest == null || member.load() < lightest.load()) {
                        lightest = member;
                    }
                }
                if (fullest == null || fullest == lightest || fullest.load() < FULL_LOAD - 2
                        || fullest.load() - lightest.load() < 6) {
                    break;
                }
                CaseState moved = movable(fullest, lightest, day);
                if (moved == null) {
                    break;
                }
                endPrimary(moved, day.minusDays(1), ChangeReason.WORKLOAD_BALANCE);
                assign(moved, lightest, day);
            }
        }
    }

    /** The fullest worker's most recent case that the lighter worker may take on. */
    private static CaseState movable(StaffMember from, StaffMember to, LocalDate day) {
        for (int i = from.cases.size() - 1; i >= 0; i--) {
            CaseState item = from.cases.get(i);
            boolean protectionWork = item.current().service() == ServiceArea.CHILD_PROTECTION
                    || item.current().service() == ServiceArea.COURT || item.preProceedings;
            boolean newlyQualified = to.role().newlyQualified();
            if (item.primaryRow.start.isBefore(day) && !(protectionWork && newlyQualified)) {
                return item;
            }
        }
        return null;
    }

    /** The history ends: a case that closed on its last day ends its allocations that day. */
    void finish(List<CaseState> cases, LocalDate historyEnd) {
        for (CaseState item : cases) {
            if (!item.closed && item.stage >= 0 && !item.lastDay().isAfter(historyEnd)) {
                endPrimary(item, item.lastDay(), ChangeReason.CASE_CLOSED);
            }
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
