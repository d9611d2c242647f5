package uk.retain.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.retain.demo.Establishment.TeamPlan;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Team;

/** A team of one area: its posts, the people working in it today, and the children waiting for a worker. */
final class AreaTeam {

    final Team team;
    final TeamPlan plan;
    final List<EstablishmentPost> posts = new ArrayList<>();
    final List<StaffMember> members = new ArrayList<>();
    /** Cases waiting for a primary worker, oldest first. */
    final List<CaseState> waiting = new ArrayList<>();
    /** Cases whose newly qualified primary worker needs an experienced co-worker. */
    final List<CaseState> needingCoWorker = new ArrayList<>();
    /** Day of the team's next group supervision. */
    LocalDate nextGroupSupervision;
    /** Whether its case holders' loads are so heavy this week that supervision slips ({@link SupervisionDiary}). */
    boolean stretched;

    AreaTeam(Team team, TeamPlan plan) {
        this.team = team;
        this.plan = plan;
    }

    String id() {
        return team.teamId();
    }

    /** The team manager at work today, or null. */
    StaffMember manager(LocalDate day) {
        for (StaffMember member : members) {
            if (member.role() == JobRole.TEAM_MANAGER && !member.off(day)) {
                return member;
            }
        }
        return null;
    }

    /** The first member in one of {@code roles} at work today, or null. */
    StaffMember firstIn(LocalDate day, JobRole... roles) {
        for (StaffMember member : members) {
            for (JobRole role : roles) {
                if (member.role() == role && !member.off(day)) {
                    return member;
                }
            }
        }
        return null;
    }
}
