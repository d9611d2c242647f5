package uk.retain.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import uk.retain.workforce.JobRole;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.SupervisionKind;

/**
 * Supervision as the area holds it: one-to-one each month with the team manager (managers with a service
 * manager); newly qualified workers weekly for six weeks, fortnightly to six months, then monthly, for 90
 * minutes; group supervision in each case-holding team every four weeks; a reflective group for newly qualified
 * workers run by the principal social worker; and reflective sessions with advanced practitioners. Sessions are
 * sometimes missed, as they are.
 */
final class SupervisionDiary {

    private static final int[] MINUTES = {60, 75, 90, 90, 120};

    private final Chance chance;
    private final Staffing staffing;
    private final List<AreaTeam> teams;
    private final AreaTeam quality;
    private final List<Supervision> supervisions;
    private LocalDate nextAsyeGroup;

    SupervisionDiary(Chance chance, Staffing staffing, List<AreaTeam> teams, AreaTeam quality, List<Supervision> supervisions) {
        this.chance = chance;
        this.staffing = staffing;
        this.teams = teams;
        this.quality = quality;
        this.supervisions = supervisions;
    }

    void on(LocalDate day) {
        if (!CensusYears.weekday(day)) {
            return;
        }
        for (StaffMember worker : staffing.staff) {
            oneToOne(worker, day);
        }
        for (AreaTeam team : teams) {
            group(team, day);
        }
        asyeGroup(day);
    }

    private void oneToOne(StaffMember worker, LocalDate day) {
        if (worker.nextSupervision == null) {
            LocalDate first = worker.employedSince.isBefore(day) ? day : worker.employedSince;
            worker.nextSupervision = first.plusDays(chance.between(3, 27));
            worker.nextReflective = first.plusDays(chance.between(30, 120));
            return;
        }
        if (worker.off(day)) {
            return;
        }
        if (!worker.nextSupervision.isAfter(day)) {
            StaffMember supervisor = supervisorOf(worker, day);
            if (supervisor != null && chance.of(0.93)) {
                boolean newlyQualified = worker.role() == JobRole.ASYE_SOCIAL_WORKER;
                int minutes = newlyQualified ? 90 : MINUTES[chance.between(0, MINUTES.length - 1)];
                record(worker, supervisor, day, SupervisionKind.ONE_TO_ONE, minutes);
            }
            worker.nextSupervision = day.plusDays(interval(worker, day));
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

    /** Days to the next one-to-one: the newly qualified see their manager more often in their first months. */
    private static int interval(StaffMember worker, LocalDate day) {
        if (worker.role() == JobRole.ASYE_SOCIAL_WORKER && worker.asyeEnds != null) {
            long inYear = ChronoUnit.DAYS.between(worker.asyeEnds.minusYears(1), day);
            if (inYear < 42) {
                return 7;
            }
            if (inYear < 183) {
                return 14;
            }
        }
        return 30;
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
            if (worker.role() == JobRole.ASYE_SOCIAL_WORKER && !worker.off(day) && chance.of(0.9)) {
                record(worker, lead, day, SupervisionKind.REFLECTIVE, 120);
            }
        }
    }

    private void record(StaffMember worker, StaffMember supervisor, LocalDate day, SupervisionKind kind, int minutes) {
        supervisions.add(new Supervision(worker.id, supervisor.id, day, kind, minutes));
    }
}
