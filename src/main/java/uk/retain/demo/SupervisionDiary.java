package uk.retain.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import uk.retain.workforce.JobRole;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.SupervisionKind;

/**
 * Supervision as the area holds it: one-to-one every three to four weeks with the team manager (managers with a
 * service manager), mostly for an hour and a half or more; newly qualified workers weekly for six weeks,
 * fortnightly to six months, then monthly, for 90 minutes; group supervision in each case-holding team every four
 * weeks; a reflective group for newly qualified workers run by the principal social worker; and reflective
 * sessions with advanced practitioners. A session missed is rearranged within days.
 *
 * <p>Supervision slips where caseloads are heavy: in a <em>stretched</em> team (its case holders' average load at
 * or above {@link #STRETCHED_LOAD}, judged each Monday) the manager misses more sessions, rearranges them later,
 * cuts some short and leaves longer between them, and newly qualified workers miss some of their weekly sessions.
 * Which teams were stretched, week by week, is recorded for the rest of the demo to draw on.
 */
final class SupervisionDiary {

    /** Cases per FTE, against a full caseload share, from which a team is stretched (the policy's cap is 18). */
    static final double STRETCHED_LOAD = 18.5;
    /** Lengths of one-to-ones: in most teams an hour and a half or two, seldom cut short; in a stretched team often. */
    private static final int[] MINUTES = {90, 120, 75, 60};
    private static final double[] MINUTES_WEIGHTS = {62, 32, 4, 2};
    private static final double[] STRETCHED_MINUTES_WEIGHTS = {35, 10, 25, 30};

    private final Chance chance;
    private final Staffing staffing;
    private final List<AreaTeam> teams;
    private final AreaTeam quality;
    private final List<Supervision> supervisions;
    private final TeamStrain strain;
    private LocalDate nextAsyeGroup;
    private LocalDate judged;

    SupervisionDiary(Chance chance, Staffing staffing, List<AreaTeam> teams, AreaTeam quality, List<Supervision> supervisions,
            TeamStrain strain) {
        this.chance = chance;
        this.staffing = staffing;
        this.teams = teams;
        this.quality = quality;
        this.supervisions = supervisions;
        this.strain = strain;
    }

    void on(LocalDate day) {
        if (!CensusYears.weekday(day)) {
            return;
        }
        if (judged == null || day.getDayOfWeek() == DayOfWeek.MONDAY) {
            judgeLoads(day);
        }
        for (StaffMember worker : staffing.staff) {
            oneToOne(worker, day);
        }
        for (AreaTeam team : teams) {
            group(team, day);
        }
        asyeGroup(day);
    }

    /**
     * Each Monday (and on the first day), whether each case-holding team is stretched: the average load of its case
     * holders at work is at or above {@link #STRETCHED_LOAD}.
     */
    private void judgeLoads(LocalDate day) {
        judged = day;
        for (AreaTeam team : teams) {
            double loads = 0;
            int holders = 0;
            for (StaffMember member : team.members) {
                if (member.canHoldCases(day) && Establishment.caseloadShare(member.role()) > 0) {
                    loads += member.load();
                    holders++;
                }
            }
            team.stretched = team.plan.holdsCases() && holders > 0 && loads / holders >= STRETCHED_LOAD;
            strain.judge(team.id(), day, team.stretched);
        }
    }

    private void oneToOne(StaffMember worker, LocalDate day) {
        boolean newlyQualified = worker.role().newlyQualified();
        boolean stretched = worker.team.stretched;
        if (worker.nextSupervision == null) {
            LocalDate first = worker.employedSince.isBefore(day) ? day : worker.employedSince;
            // The first session: in the first week for the newly qualified, unless the team is stretched.
            worker.nextSupervision = first.plusDays(newlyQualified ? chance.between(1, stretched ? 14 : 6)
                    : chance.between(3, 24));
            worker.nextReflective = first.plusDays(chance.between(30, 120));
            return;
        }
        if (worker.off(day)) {
            return;
        }
        if (!worker.nextSupervision.isAfter(day)) {
            StaffMember supervisor = supervisorOf(worker, day);
            if (supervisor != null && chance.of(stretched ? 0.78 : 0.95)) {
                int minutes = newlyQualified ? 90
                        : MINUTES[chance.weighted(stretched ? STRETCHED_MINUTES_WEIGHTS : MINUTES_WEIGHTS)];
                record(worker, supervisor, day, SupervisionKind.ONE_TO_ONE, minutes);
                worker.nextSupervision = day.plusDays(interval(worker, day, stretched));
            } else {
                // Missed: rearranged within the week (a newly qualified worker's within a day or two), or later in a
                // stretched team.
                worker.nextSupervision = day.plusDays(stretched ? chance.between(5, 14)
                        : newlyQualified ? chance.between(1, 2) : chance.between(1, 5));
            }
        }
        if (!worker.nextReflective.isAfter(day)) {
            StaffMember practitioner = worker.team.firstIn(day, JobRole.ADVANCED_PRACTITIONER,
                    JobRole.CONSULTANT_SOCIAL_WORKER);
            if (practitioner != null && practitioner != worker && Establishment.holdsCases(worker.role()) && chance.of(0.5)) {
                record(worker, practitioner, day, SupervisionKind.REFLECTIVE, 60);
            }
            worker.nextReflective = day.plusDays(chance.between(80, 100));
        }
    }

    /**
     * Days to the next one-to-one: the newly qualified see their manager more often in their first months; everyone
     * else every three to four weeks, or four to six in a stretched team.
     */
    private int interval(StaffMember worker, LocalDate day, boolean stretched) {
        if (worker.role().newlyQualified() && worker.asyeEnds != null) {
            long inYear = ChronoUnit.DAYS.between(worker.asyeEnds.minusYears(1), day);
            if (inYear < 42) {
                return 7;
            }
            if (inYear < 183) {
                return 14;
            }
            return 28;
        }
        return stretched ? chance.between(28, 42) : chance.between(21, 28);
    }

    /** The team manager; a manager's own supervisor is a service manager, and theirs the head of service. */
    private StaffMember supervisorOf(StaffMember worker, LocalDate day) {
        JobRole role = worker.role();
        if (role == JobRole.SENIOR_MANAGER) {
            return null; // supervised by the director, who is not a registered social worker here
        }
        if (role == JobRole.SERVICE_MANAGER || role == JobRole.PRINCIPAL_SOCIAL_WORKER) {
            return other(quality.firstIn(day, JobRole.SENIOR_MANAGER), worker);
        }
        StaffMember manager = worker.team == quality ? null : worker.team.manager(day);
        if (manager != null && manager != worker) {
            return manager;
        }
        StaffMember serviceManager = serviceManagerFor(worker.team, day);
        return serviceManager != null ? other(serviceManager, worker)
                : other(quality.firstIn(day, JobRole.SENIOR_MANAGER), worker);
    }

    /** Each team has its service manager: the team's place in the area decides which one. */
    private StaffMember serviceManagerFor(AreaTeam team, LocalDate day) {
        List<StaffMember> managers = quality.members.stream()
                .filter(member -> member.role() == JobRole.SERVICE_MANAGER && !member.off(day)).toList();
        return managers.isEmpty() ? null : managers.get(teams.indexOf(team) % managers.size());
    }

    private static StaffMember other(StaffMember supervisor, StaffMember worker) {
        return supervisor == worker ? null : supervisor;
    }

    private void group(AreaTeam team, LocalDate day) {
        if (!team.plan.holdsCases()) {
            return;
        }
        if (team.nextGroupSupervision == null) {
            team.nextGroupSupervision = day.plusDays(chance.between(1, 27));
            return;
        }
        if (team.nextGroupSupervision.isAfter(day)) {
            return;
        }
        team.nextGroupSupervision = day.plusDays(28);
        StaffMember lead = team.manager(day);
        if (lead == null) {
            lead = team.firstIn(day, JobRole.ADVANCED_PRACTITIONER);
        }
        if (lead == null) {
            return;
        }
        for (StaffMember member : team.members) {
            if (member != lead && Establishment.holdsCases(member.role()) && !member.off(day) && chance.of(0.85)) {
                record(member, lead, day, SupervisionKind.GROUP, 90);
            }
        }
    }

    /** The principal social worker's monthly reflective group for everyone in their assessed year. */
    private void asyeGroup(LocalDate day) {
        if (nextAsyeGroup == null) {
            nextAsyeGroup = day.plusDays(chance.between(1, 27));
            return;
        }
        if (nextAsyeGroup.isAfter(day)) {
            return;
        }
        nextAsyeGroup = day.plusDays(28);
        StaffMember lead = quality.firstIn(day, JobRole.PRINCIPAL_SOCIAL_WORKER);
        if (lead == null) {
            return;
        }
        for (StaffMember worker : staffing.staff) {
            if (worker.role().newlyQualified() && !worker.off(day) && chance.of(0.9)) {
                record(worker, lead, day, SupervisionKind.REFLECTIVE, 120);
            }
        }
    }

    private void record(StaffMember worker, StaffMember supervisor, LocalDate day, SupervisionKind kind, int minutes) {
        supervisions.add(new Supervision(worker.id, supervisor.id, day, kind, minutes));
    }
}
