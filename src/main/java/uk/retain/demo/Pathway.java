package uk.retain.demo;

import java.util.List;

import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.ServiceArea;

/**
 * The routes a child's case takes through the service, each a run of stages held by one service's teams, with
 * how often it happens. A stage's {@code share} scales that service's usual stay: a step-down to child in need
 * after a protection plan is shorter than a child in need case from the start.
 */
enum Pathway {
    ASSESSMENT_ONLY(0.33, CaseCategory.CHILD_IN_NEED,
            step(ServiceArea.FRONT_DOOR, 1), step(ServiceArea.ASSESSMENT, 1)),
    CHILD_IN_NEED(0.28, CaseCategory.CHILD_IN_NEED,
            step(ServiceArea.FRONT_DOOR, 1), step(ServiceArea.ASSESSMENT, 1), step(ServiceArea.CHILD_IN_NEED, 1)),
    CHILD_PROTECTION(0.085, CaseCategory.CHILD_IN_NEED,
            step(ServiceArea.FRONT_DOOR, 1), step(ServiceArea.ASSESSMENT, 0.8), step(ServiceArea.CHILD_PROTECTION, 1)),
    STEP_DOWN(0.055, CaseCategory.CHILD_IN_NEED,
            step(ServiceArea.FRONT_DOOR, 1), step(ServiceArea.ASSESSMENT, 0.8), step(ServiceArea.CHILD_PROTECTION, 1),
            step(ServiceArea.CHILD_IN_NEED, 0.6)),
    INTO_CARE(0.06, CaseCategory.CHILD_IN_NEED,
            step(ServiceArea.FRONT_DOOR, 1), step(ServiceArea.ASSESSMENT, 0.6), step(ServiceArea.CHILD_PROTECTION, 0.5),
            step(ServiceArea.COURT, 1), step(ServiceArea.CHILDREN_IN_CARE, 1)),
    DISABLED_CHILD(0.07, CaseCategory.CHILD_IN_NEED,
            step(ServiceArea.FRONT_DOOR, 1), step(ServiceArea.DISABLED_CHILDREN, 1)),
    OTHER(0.04, CaseCategory.OTHER,
            step(ServiceArea.FRONT_DOOR, 1), step(ServiceArea.CHILD_IN_NEED, 0.5)),
    CARE_LEAVER(0.08, CaseCategory.CARE_LEAVER,
            step(ServiceArea.CARE_LEAVERS, 1));

    record Step(ServiceArea service, double share) {
    }

    final double weight;
    /** The category a child in need stage carries on this route ({@code other} for the "other" route). */
    private final CaseCategory childInNeed;
    final List<Step> steps;

    Pathway(double weight, CaseCategory childInNeed, Step... steps) {
        this.weight = weight;
        this.childInNeed = childInNeed;
        this.steps = List.of(steps);
    }

    private static Step step(ServiceArea service, double share) {
        return new Step(service, share);
    }

    static double[] weights() {
        Pathway[] all = values();
        double[] weights = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            weights[i] = all[i].weight;
        }
        return weights;
    }

    /** The case's category while a stage of this service holds it. */
    CaseCategory categoryIn(ServiceArea service) {
        return switch (service) {
            case FRONT_DOOR, ASSESSMENT -> CaseCategory.ASSESSMENT;
            case CHILD_PROTECTION -> CaseCategory.CHILD_PROTECTION;
            case COURT, CHILDREN_IN_CARE -> CaseCategory.CHILD_IN_CARE;
            case CARE_LEAVERS -> CaseCategory.CARE_LEAVER;
            default -> childInNeed;
        };
    }
}
