package uk.retain.planning;

import java.util.Map;

/**
 * The levers of a scenario: what the council plans to do, each null where the council's own history decides
 * ({@link #resolve}). Caseload targets are cases per case-holding FTE.
 *
 * @param caseloadTarget         the caseload target at the start
 * @param caseloadTargetLater    the target reached by {@code targetByMonth}, moving there in equal steps (null: the same)
 * @param targetByMonth          the month (1 is the first month forecast) the later target is reached
 * @param nqswPerYear            newly qualified social workers taken on each September (a cohort), as ASYE
 * @param experiencedOffersPerMonth offers to qualified (non-ASYE) social workers each month
 * @param offerAcceptance        the share of offers accepted, 0 to 1
 * @param monthsToHire           months from an offer to the start
 * @param retentionChange        how much lower every leaving hazard is, 0.1 for 10% fewer leavers (negative: more)
 * @param agencyChangePerMonth   agency FTE added (negative: removed) each month by ending or starting engagements
 * @param agencyConversionsPerMonth agency workers who become permanent each month
 * @param referralChangePercent  the change of demand (referral rates per 10,000 children) reached after twelve months
 * @param salaries               the yearly salary of one FTE of each band (before on-costs)
 * @param onCostRate             employer's on-costs as a share of salary (0.3 for 30%)
 * @param agencyChargePerFte     the yearly charge of one agency FTE
 * @param budgetPerYear          the yearly budget for practitioners (null: none given)
 */
public record Levers(
        double caseloadTarget,
        Double caseloadTargetLater,
        int targetByMonth,
        Double nqswPerYear,
        Double experiencedOffersPerMonth,
        double offerAcceptance,
        int monthsToHire,
        double retentionChange,
        double agencyChangePerMonth,
        double agencyConversionsPerMonth,
        double referralChangePercent,
        Map<Band, Double> salaries,
        double onCostRate,
        double agencyChargePerFte,
        Double budgetPerYear) {

    /** Salaries of 2025/26 on the national joint council scales, rounded: a guide, meant to be replaced. */
    public static final Map<Band, Double> GUIDE_SALARIES = Map.of(Band.ASYE, 35_000.0, Band.UNDER_TWO, 38_000.0,
            Band.TWO_TO_FIVE, 42_000.0, Band.FIVE_PLUS, 46_000.0);

    /** The council carries on as it has: its own hires, leavers and agency use, a caseload target of 18. */
    public static final Levers AS_NOW = new Levers(18, null, 12, null, null, 1, 0, 0, 0, 0, 0, GUIDE_SALARIES, 0.3,
            95_000, null);

    public Levers {
        salaries = Map.copyOf(salaries);
        if (!(caseloadTarget > 0) || (caseloadTargetLater != null && !(caseloadTargetLater > 0))) {
            throw new IllegalArgumentException("a caseload target is above 0");
        }
        if (targetByMonth < 1 || monthsToHire < 0 || offerAcceptance < 0 || offerAcceptance > 1
                || retentionChange >= 1 || agencyConversionsPerMonth < 0 || referralChangePercent <= -100
                || (nqswPerYear != null && nqswPerYear < 0)
                || (experiencedOffersPerMonth != null && experiencedOffersPerMonth < 0)) {
            throw new IllegalArgumentException("a lever is out of its range");
        }
        for (Band band : Band.values()) {
            if (salaries.get(band) == null || salaries.get(band) < 0) {
                throw new IllegalArgumentException("a salary for every band: " + band.code());
            }
        }
    }

    /** The caseload target in month {@code month} (1 the first). */
    public double caseloadTargetIn(int month) {
        if (caseloadTargetLater == null || month >= targetByMonth) {
            return caseloadTargetLater == null ? caseloadTarget : caseloadTargetLater;
        }
        return caseloadTarget + (caseloadTargetLater - caseloadTarget) * month / targetByMonth;
    }

    /** Demand's multiplier in month {@code month}: the referral change reached in equal steps over twelve months. */
    public double demandFactorIn(int month) {
        return 1 + referralChangePercent / 100 * Math.min(month, 12) / 12;
    }

    /** These levers with what history decides filled in from the calibration. */
    Levers resolve(Calibration calibration) {
        return new Levers(caseloadTarget, caseloadTargetLater, targetByMonth,
                nqswPerYear != null ? nqswPerYear : calibration.nqswPerYear(),
                experiencedOffersPerMonth != null ? experiencedOffersPerMonth
                        : calibration.experiencedHiresPerMonth() / Math.max(offerAcceptance, 0.01),
                offerAcceptance, monthsToHire, retentionChange, agencyChangePerMonth, agencyConversionsPerMonth,
                referralChangePercent, salaries, onCostRate, agencyChargePerFte, budgetPerYear);
    }
}
