package uk.retain.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.retain.demo.CaseState.Stage;
import uk.retain.demo.Establishment.Locality;
import uk.retain.demo.Establishment.PostPlan;
import uk.retain.demo.Establishment.TeamPlan;
import uk.retain.workforce.ServiceArea;

/**
 * The children referred to one area, and the route and stage dates of each, drawn before the simulation runs.
 * Referrals start years before the history so that the history opens with the cases a council really holds,
 * long-standing children in care among them.
 *
 * <p>How long each service keeps a child is set from the establishment: a fully staffed service carries its
 * usual caseload (cases per case-holding FTE), as published caseloads of 14 to 18 suggest.
 */
final class Referrals {

    /** Families referred a day in one area; siblings come together. */
    static final double FAMILIES_A_DAY = 4.3;
    private static final double[] FAMILY_SIZES = {0.62, 0.24, 0.10, 0.04};
    /** The share of a team's case-holding posts staffed on an ordinary day (filled or covered by agency). */
    private static final double STAFFED = 0.92;
    private static final int YEARS_BEFORE_HISTORY = 8;

    private final Chance chance;
    private final Map<ServiceArea, Double> meanStay;

    Referrals(Chance chance, List<TeamPlan> teams) {
        this.chance = chance;
        this.meanStay = meanStays(teams);
    }

    /** Cases per case-holding FTE a fully staffed service of each kind carries. */
    private static double usualCaseload(ServiceArea service) {
        return switch (service) {
            case FRONT_DOOR -> 7;
            case ASSESSMENT, DISABLED_CHILDREN -> 18;
            case CHILD_IN_NEED -> 19;
            case CARE_LEAVERS -> 21;
            case COURT -> 13;
            default -> 17;
        };
    }

    /** The mean days a stage of each service lasts, so that its stock of cases fits its case holders. */
    static Map<ServiceArea, Double> meanStays(List<TeamPlan> teams) {
        Map<ServiceArea, Double> holders = new EnumMap<>(ServiceArea.class);
        for (TeamPlan team : teams) {
            for (PostPlan post : team.posts()) {
                if (team.holdsCases() && Establishment.holdsCases(post.role())) {
                    holders.merge(team.service(), post.count() * post.fte().doubleValue() * STAFFED, Double::sum);
                }
            }
        }
        double childrenADay = FAMILIES_A_DAY * meanFamilySize();
        Map<ServiceArea, Double> visits = new EnumMap<>(ServiceArea.class);
        for (Pathway pathway : Pathway.values()) {
            for (Pathway.Step step : pathway.steps) {
                visits.merge(step.service(), pathway.weight * step.share(), Double::sum);
            }
        }
        Map<ServiceArea, Double> stays = new EnumMap<>(ServiceArea.class);
        visits.forEach((service, weight) -> {
            double stock = usualCaseload(service) * holders.getOrDefault(service, 1.0);
            stays.put(service, stock / (childrenADay * weight));
        });
        return stays;
    }

    private static double meanFamilySize() {
        double mean = 0;
        for (int i = 0; i < FAMILY_SIZES.length; i++) {
            mean += (i + 1) * FAMILY_SIZES[i];
        }
        return mean;
    }

    /**
     * Every case of the area open on some day from {@code historyStart} to {@code historyEnd}, in referral order.
     * Numbers for identifiers come from {@code numbers}, shared by the areas of one council.
     */
    List<CaseState> referrals(LocalDate historyStart, LocalDate historyEnd, Numbering numbers) {
        List<CaseState> cases = new ArrayList<>();
        for (LocalDate day = historyStart.minusYears(YEARS_BEFORE_HISTORY); !day.isAfter(historyEnd); day = day.plusDays(1)) {
            int families = chance.poisson(FAMILIES_A_DAY * season(day));
            for (int f = 0; f < families; f++) {
                family(day, historyStart, numbers, cases);
            }
        }
        return cases;
    }

    /** Referrals peak in the autumn term and dip in August and at Christmas. */
    private static double season(LocalDate day) {
        return 1 + 0.12 * StrictMath.cos(2 * StrictMath.PI * (day.getDayOfYear() - 288) / 365.0);
    }

    private void family(LocalDate referred, LocalDate historyStart, Numbering numbers, List<CaseState> into) {
        Pathway pathway = Pathway.values()[chance.weighted(Pathway.weights())];
        Locality locality = Locality.values()[chance.weighted(27, 27, 23, 23)];
        int children = pathway == Pathway.CARE_LEAVER ? 1 : 1 + chance.weighted(FAMILY_SIZES);
        boolean preProceedings = pathway == Pathway.INTO_CARE ? chance.of(0.5)
                : (pathway == Pathway.CHILD_PROTECTION || pathway == Pathway.STEP_DOWN) && chance.of(0.1);
        List<Stage> stages = stages(pathway, referred);
        boolean recorded = chance.of(0.95);
        if (stages.get(stages.size() - 1).end().isBefore(historyStart)) {
            return; // closed before the history: not in the register
        }
        String familyId = recorded ? numbers.family() : null;
        List<CaseState> siblings = new ArrayList<>(children);
        for (int c = 0; c < children; c++) {
            int number = numbers.child();
            siblings.add(new CaseState(Numbering.id("CASE", number, 6), Numbering.id("C", number, 6), familyId,
                    pathway, locality, preProceedings, stages));
        }
        for (CaseState sibling : siblings) {
            sibling.family = siblings;
        }
        into.addAll(siblings);
    }

    private List<Stage> stages(Pathway pathway, LocalDate referred) {
        List<Stage> stages = new ArrayList<>(pathway.steps.size());
        LocalDate start = referred;
        for (Pathway.Step step : pathway.steps) {
            int days = chance.erlangDays(meanStay.get(step.service()) * step.share());
            LocalDate end = start.plusDays(days - 1);
            stages.add(new Stage(step.service(), start, end));
            start = end.plusDays(1);
        }
        return List.copyOf(stages);
    }
}
