package uk.retain.development;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.retain.workforce.JobRole;

/**
 * An authority's career pathway: its levels, each mapped to a job role, with a minimum time and progression
 * criteria. {@link #DEFAULT} is the pathway an authority has until it sets its own: social worker levels 1 to 3,
 * senior social worker, advanced practitioner, consultant social worker and practice educator on the practice route;
 * team manager and service manager on the management route, at the steps of the advanced practitioner and the
 * consultant social worker.
 */
public record CareerPathway(List<CareerLevel> levels) {

    public static final CareerPathway DEFAULT = new CareerPathway(List.of(
            new CareerLevel("social_worker_1", "Social worker level 1", CareerRoute.PRACTICE, 1, JobRole.SOCIAL_WORKER, 12,
                    "Holds a full caseload with regular supervision; evidence against five statements.", 1, 5, null, "social_worker_2"),
            new CareerLevel("social_worker_2", "Social worker level 2", CareerRoute.PRACTICE, 2, JobRole.SOCIAL_WORKER, 18,
                    "Holds complex cases with less direction; evidence against seven statements.", 2, 7, null, "social_worker_3"),
            new CareerLevel("social_worker_3", "Social worker level 3", CareerRoute.PRACTICE, 3, JobRole.SOCIAL_WORKER, 24,
                    "Leads on complex and court work; supports newer colleagues; evidence against nine statements.", 3, 9, null,
                    "senior_social_worker"),
            new CareerLevel("senior_social_worker", "Senior social worker", CareerRoute.PRACTICE, 4, JobRole.SENIOR_SOCIAL_WORKER, 24,
                    "Supervises students or newly qualified workers; holds practice educator stage 1.", 4, 10,
                    QualificationKind.PRACTICE_EDUCATOR_1, "advanced_practitioner"),
            new CareerLevel("advanced_practitioner", "Advanced practitioner", CareerRoute.PRACTICE, 5, JobRole.ADVANCED_PRACTITIONER, 24,
                    "Leads practice across the team; co-works the hardest cases.", 5, 10, null, "consultant_social_worker"),
            new CareerLevel("practice_educator", "Practice educator", CareerRoute.PRACTICE, 5, JobRole.PRACTICE_EDUCATOR, 24,
                    "Educates students and assesses the ASYE; holds practice educator stage 2.", 5, 10,
                    QualificationKind.PRACTICE_EDUCATOR_2, null),
            new CareerLevel("consultant_social_worker", "Consultant social worker", CareerRoute.PRACTICE, 6,
                    JobRole.CONSULTANT_SOCIAL_WORKER, 36, "Leads practice across the service.", null, null, null, null),
            new CareerLevel("team_manager", "Team manager", CareerRoute.MANAGEMENT, 5, JobRole.TEAM_MANAGER, 24,
                    "Leads a team well; evidence against six practice supervisor statements.", 5, 6, null, "service_manager"),
            new CareerLevel("service_manager", "Service manager", CareerRoute.MANAGEMENT, 6, JobRole.SERVICE_MANAGER, 36,
                    "Leads a service.", null, null, null, null)));

    public CareerPathway {
        levels = List.copyOf(levels);
    }

    public Optional<CareerLevel> level(String code) {
        return levels.stream().filter(level -> level.code().equals(code)).findFirst();
    }

    /** The levels of a job role, lowest step first (the levels of the pathway's order among equals). */
    public List<CareerLevel> levelsOf(JobRole role) {
        return levels.stream().filter(level -> level.jobRole() == role).sorted(Comparator.comparingInt(CareerLevel::step)).toList();
    }

    /** The levels of a route, lowest step first. */
    public List<CareerLevel> route(CareerRoute route) {
        return levels.stream().filter(level -> level.route() == route).sorted(Comparator.comparingInt(CareerLevel::step)).toList();
    }

    /** The steps of the pathway, lowest first. */
    public List<Integer> steps() {
        return levels.stream().map(CareerLevel::step).distinct().sorted().toList();
    }
}
