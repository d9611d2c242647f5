package uk.retain.caseload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import uk.retain.workforce.CaseCategory;
import uk.retain.workforce.JobRole;
import uk.retain.workforce.Worker;

/**
 * How many cases each worker may hold, and how they are weighted. The defaults follow the seed councils: Leeds
 * kept experienced workers at 18 cases and newly qualified ones at 15 ("over 20 means reactive work"); the ASYE
 * year carries a 10% lighter workload; advanced practitioners and consultant social workers hold fewer cases
 * because they also mentor and co-work. Nobody is capped above {@link #ABSOLUTE_MAXIMUM}, whatever the settings.
 *
 * @param caseHoldingRoles the roles that take new cases; others take none
 * @param asyeCap the cap of a worker in the ASYE year (15 less 10%, rounded down)
 * @param earlyCareerCap any other case holder with under 2 years' PQE, or no qualification date recorded
 * @param mentoringCap advanced practitioners and consultant social workers
 * @param experiencedCap everyone else who holds cases
 * @param weighting points per case and capacity in points; off by default
 * @param unallocatedAlertWorkingDays a case open this many working days without a primary worker is an alert
 */
public record CaseloadPolicy(
        Set<JobRole> caseHoldingRoles,
        int asyeCap,
        int earlyCareerCap,
        int mentoringCap,
        int experiencedCap,
        Weighting weighting,
        int unallocatedAlertWorkingDays) {

    /** "A caseload over 20 means reactive social work": no setting raises a cap above it. */
    public static final int ABSOLUTE_MAXIMUM = 20;

    public static final CaseloadPolicy DEFAULT = new CaseloadPolicy(
            EnumSet.of(JobRole.ASYE_SOCIAL_WORKER, JobRole.SOCIAL_WORKER, JobRole.SENIOR_SOCIAL_WORKER,
                    JobRole.ADVANCED_PRACTITIONER, JobRole.CONSULTANT_SOCIAL_WORKER),
            13, 15, 12, 18, Weighting.DEFAULT, 5);

    public CaseloadPolicy {
        caseHoldingRoles = caseHoldingRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(caseHoldingRoles));
    }

    public boolean holdsCases(JobRole role) {
        return caseHoldingRoles.contains(role);
    }

    /**
     * The most cases (as primary worker) a worker in {@code role} with {@code qualifiedOn} may hold at
     * {@code fte} on {@code date}: the role's cap × FTE, rounded down, never above {@link #ABSOLUTE_MAXIMUM}.
     */
    public int cap(JobRole role, LocalDate qualifiedOn, BigDecimal fte, LocalDate date) {
        if (!holdsCases(role)) {
            return 0;
        }
        int full = switch (role) {
            case ASYE_SOCIAL_WORKER -> asyeCap;
            case ADVANCED_PRACTITIONER, CONSULTANT_SOCIAL_WORKER -> mentoringCap;
            default -> Worker.experienced(qualifiedOn, date) ? experiencedCap : earlyCareerCap;
        };
        int scaled = BigDecimal.valueOf(full).multiply(fte).setScale(0, RoundingMode.FLOOR).intValueExact();
        return Math.min(ABSOLUTE_MAXIMUM, Math.min(full, scaled));
    }

    /** Capacity in points, when weighting is on: points per FTE × FTE, 10% less in the ASYE year. */
    public int capacityPoints(JobRole role, BigDecimal fte) {
        if (!holdsCases(role)) {
            return 0;
        }
        BigDecimal capacity = BigDecimal.valueOf(weighting.pointsPerFte()).multiply(fte);
        if (role.newlyQualified()) {
            capacity = capacity.multiply(new BigDecimal("0.9"));
        }
        return capacity.setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    /** Points per case, as council weighting schemes do (Wirral, Slough, Swindon); {@code enabled} false by default. */
    public record Weighting(boolean enabled, Map<CaseCategory, Integer> categoryPoints, int courtProceedingsPoints,
            int coWorkingPoints, int pointsPerFte) {

        public static final Weighting DEFAULT = new Weighting(false, defaultPoints(), 3, 3, 100);

        public Weighting {
            EnumMap<CaseCategory, Integer> all = new EnumMap<>(CaseCategory.class);
            for (CaseCategory category : CaseCategory.values()) {
                all.put(category, categoryPoints.getOrDefault(category, 0));
            }
            categoryPoints = Map.copyOf(all);
        }

        private static Map<CaseCategory, Integer> defaultPoints() {
            Map<CaseCategory, Integer> points = new EnumMap<>(CaseCategory.class);
            points.put(CaseCategory.ASSESSMENT, 4);
            points.put(CaseCategory.CHILD_IN_NEED, 5);
            points.put(CaseCategory.CHILD_PROTECTION, 8);
            points.put(CaseCategory.CHILD_IN_CARE, 6);
            points.put(CaseCategory.CARE_LEAVER, 3);
            points.put(CaseCategory.OTHER, 3);
            return points;
        }

        /** The points a case carries for its primary worker. */
        public int primaryPoints(CaseCategory category, boolean courtProceedings) {
            return categoryPoints.get(category) + (courtProceedings ? courtProceedingsPoints : 0);
        }
    }
}
