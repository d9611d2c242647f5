package uk.retain.demo;

import static uk.retain.workforce.JobRole.ADVANCED_PRACTITIONER;
import static uk.retain.workforce.JobRole.CONSULTANT_SOCIAL_WORKER;
import static uk.retain.workforce.JobRole.INDEPENDENT_REVIEWING_OFFICER;
import static uk.retain.workforce.JobRole.PRACTICE_EDUCATOR;
import static uk.retain.workforce.JobRole.PRINCIPAL_SOCIAL_WORKER;
import static uk.retain.workforce.JobRole.QUALIFIED_WITHOUT_CASES;
import static uk.retain.workforce.JobRole.SENIOR_MANAGER;
import static uk.retain.workforce.JobRole.SENIOR_SOCIAL_WORKER;
import static uk.retain.workforce.JobRole.SERVICE_MANAGER;
import static uk.retain.workforce.JobRole.SOCIAL_WORKER;
import static uk.retain.workforce.JobRole.TEAM_MANAGER;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import uk.retain.workforce.JobRole;
import uk.retain.workforce.ServiceArea;

/**
 * The funded posts of one area: the teams a children's service of about 250 social workers runs, from the front
 * door to care leavers, plus the teams that hold no children's cases (fostering and adoption, safeguarding and
 * quality), which is why only about two thirds of the social workers are case holders.
 *
 * <p>A {@code social_worker} post is a career-grade post: newly qualified (ASYE), social workers and senior
 * social workers all fill it as they progress.
 */
final class Establishment {

    enum Locality { NORTH, SOUTH, EAST, WEST }

    /** {@code count} posts of one role and FTE. */
    record PostPlan(JobRole role, int count, BigDecimal fte) {
    }

    /**
     * A team and its posts.
     *
     * @param locality the team's locality as the bundle shows it, or null for a county-wide team
     * @param serves the localities whose children the team works with
     */
    record TeamPlan(String name, ServiceArea service, String locality, Set<Locality> serves, List<PostPlan> posts) {

        boolean holdsCases() {
            return CASE_HOLDING_SERVICES.contains(service);
        }
    }

    static final Set<ServiceArea> CASE_HOLDING_SERVICES = EnumSet.of(ServiceArea.FRONT_DOOR, ServiceArea.ASSESSMENT,
            ServiceArea.CHILD_IN_NEED, ServiceArea.CHILD_PROTECTION, ServiceArea.CHILDREN_IN_CARE, ServiceArea.CARE_LEAVERS,
            ServiceArea.DISABLED_CHILDREN, ServiceArea.COURT);

    private static final BigDecimal FULL = BigDecimal.ONE;
    private static final BigDecimal PART = new BigDecimal("0.6");
    private static final BigDecimal EDUCATOR = new BigDecimal("0.4");
    private static final Set<Locality> ALL = EnumSet.allOf(Locality.class);
    private static final Set<Locality> NORTH_AND_EAST = EnumSet.of(Locality.NORTH, Locality.EAST);
    private static final Set<Locality> SOUTH_AND_WEST = EnumSet.of(Locality.SOUTH, Locality.WEST);

    private Establishment() {
    }

    static List<TeamPlan> teams() {
        return List.of(
                team("Front Door (MASH)", ServiceArea.FRONT_DOOR, null, ALL,
                        post(TEAM_MANAGER, 1), post(SENIOR_SOCIAL_WORKER, 2), post(SOCIAL_WORKER, 7)),
                caseTeam("Assessment North", ServiceArea.ASSESSMENT, "North", NORTH_AND_EAST, 1, 3, 8, 1),
                caseTeam("Assessment South", ServiceArea.ASSESSMENT, "South", SOUTH_AND_WEST, 1, 3, 8, 1),
                caseTeam("Child in Need North", ServiceArea.CHILD_IN_NEED, "North", NORTH_AND_EAST, 1, 3, 10, 1),
                caseTeam("Child in Need South", ServiceArea.CHILD_IN_NEED, "South", SOUTH_AND_WEST, 1, 3, 10, 1),
                caseTeam("Child Protection North", ServiceArea.CHILD_PROTECTION, "North", Set.of(Locality.NORTH), 1, 3, 7, 0),
                caseTeam("Child Protection South", ServiceArea.CHILD_PROTECTION, "South", Set.of(Locality.SOUTH), 1, 3, 7, 0),
                caseTeam("Child Protection East", ServiceArea.CHILD_PROTECTION, "East", Set.of(Locality.EAST), 1, 3, 7, 0),
                caseTeam("Child Protection West", ServiceArea.CHILD_PROTECTION, "West", Set.of(Locality.WEST), 1, 3, 7, 0),
                caseTeam("Children in Care North", ServiceArea.CHILDREN_IN_CARE, "North", NORTH_AND_EAST, 1, 4, 9, 1),
                caseTeam("Children in Care South", ServiceArea.CHILDREN_IN_CARE, "South", SOUTH_AND_WEST, 1, 4, 9, 1),
                caseTeam("Care Leavers", ServiceArea.CARE_LEAVERS, null, ALL, 0, 3, 10, 1),
                caseTeam("Disabled Children", ServiceArea.DISABLED_CHILDREN, null, ALL, 1, 3, 8, 1),
                team("Court and Pre-proceedings", ServiceArea.COURT, null, ALL, post(TEAM_MANAGER, 1),
                        post(ADVANCED_PRACTITIONER, 1), post(CONSULTANT_SOCIAL_WORKER, 1), post(SENIOR_SOCIAL_WORKER, 3),
                        post(SOCIAL_WORKER, 4)),
                team("Fostering and Adoption", ServiceArea.FOSTERING, null, ALL,
                        post(TEAM_MANAGER, 1), post(SENIOR_SOCIAL_WORKER, 4), post(SOCIAL_WORKER, 14),
                        new PostPlan(SOCIAL_WORKER, 2, PART)),
                team("Family Support and Edge of Care", ServiceArea.OTHER, null, ALL,
                        post(TEAM_MANAGER, 1), post(SENIOR_SOCIAL_WORKER, 3), post(SOCIAL_WORKER, 9)),
                team("Safeguarding and Quality", ServiceArea.OTHER, null, ALL,
                        post(SENIOR_MANAGER, 1), post(SERVICE_MANAGER, 4), post(PRINCIPAL_SOCIAL_WORKER, 1),
                        post(INDEPENDENT_REVIEWING_OFFICER, 12), post(QUALIFIED_WITHOUT_CASES, 2),
                        new PostPlan(PRACTICE_EDUCATOR, 2, EDUCATOR)));
    }

    /** A case-holding team: a manager, advanced practitioners, seniors, career-grade and part-time posts. */
    private static TeamPlan caseTeam(String name, ServiceArea service, String locality, Set<Locality> serves,
            int advanced, int seniors, int careerGrade, int partTime) {
        return team(name, service, locality, serves, post(TEAM_MANAGER, 1), post(ADVANCED_PRACTITIONER, advanced),
                post(SENIOR_SOCIAL_WORKER, seniors), post(SOCIAL_WORKER, careerGrade),
                new PostPlan(SOCIAL_WORKER, partTime, PART));
    }

    private static TeamPlan team(String name, ServiceArea service, String locality, Set<Locality> serves, PostPlan... posts) {
        return new TeamPlan(name, service, locality, serves, List.of(posts));
    }

    private static PostPlan post(JobRole role, int count) {
        return new PostPlan(role, count, FULL);
    }

    /** Whether a worker in this role may be a child's allocated (primary) social worker. */
    static boolean holdsCases(JobRole role) {
        return switch (role) {
            case ASYE_SOCIAL_WORKER, SOCIAL_WORKER, SENIOR_SOCIAL_WORKER, ADVANCED_PRACTITIONER,
                    CONSULTANT_SOCIAL_WORKER -> true;
            default -> false;
        };
    }

    /** A worker's share of a full caseload: newly qualified and senior practitioners carry less. */
    static double caseloadShare(JobRole role) {
        return switch (role) {
            case ASYE_SOCIAL_WORKER -> 0.75;
            case ADVANCED_PRACTITIONER, CONSULTANT_SOCIAL_WORKER -> 0.6;
            case SOCIAL_WORKER, SENIOR_SOCIAL_WORKER -> 1.0;
            default -> 0.0;
        };
    }
}
