package uk.retain.planning;

import java.time.LocalDate;
import java.time.Month;

import org.hipparchus.random.RandomDataGenerator;

/**
 * The stock-and-flow Monte Carlo of practitioners, month by month, permanent and agency apart, by experience band.
 * Each month, in this order: permanent workers leave (each with the band's monthly hazard, lowered by the retention
 * lever), agency engagements end (each with the agency hazard), workers move on a band ({@link Band#monthlyProgression}),
 * offers made {@code monthsToHire} months before start (a Poisson number, each accepted with the acceptance rate,
 * spread over the bands by the council's mix of hires), a newly qualified cohort starts in September (a Poisson
 * number around the plan), agency workers convert to permanent (the planned number, a fraction as a chance of one more), and agency engagements start or end early to follow
 * the agency path (the agency headcount on the date, moved by the lever each month, less those converted).
 * Workers are counted whole; FTE is their band's FTE per head on the date (the group's, for a band empty then).
 */
final class SupplyModel {

    private static final Band[] BANDS = Band.values();

    private final Calibration calibration;
    private final Levers levers;
    private final double[] leaving = new double[BANDS.length];
    private final double[] permanentFte = new double[BANDS.length];
    private final double[] agencyFte = new double[BANDS.length];
    private final double[] agencyMix = new double[BANDS.length];
    private final double[] hireMix = new double[BANDS.length];

    /** One run: FTE by band and month, permanent and agency, and permanent leavers' FTE by month. */
    record Run(double[][] permanent, double[][] agency, double[] leaversFte) {
    }

    SupplyModel(Calibration calibration, Levers levers) {
        this.calibration = calibration;
        this.levers = levers;
        int agencyHeads = 0;
        var permanentAll = new Calibration.Stock(0, 0);
        var agencyAll = new Calibration.Stock(0, 0);
        for (Band band : BANDS) {
            agencyHeads += calibration.agency().get(band).headcount();
            permanentAll = plus(permanentAll, calibration.permanent().get(band));
            agencyAll = plus(agencyAll, calibration.agency().get(band));
        }
        for (Band band : BANDS) {
            int b = band.ordinal();
            leaving[b] = calibration.hazards().get(band).monthly() * (1 - levers.retentionChange());
            permanentFte[b] = perHead(calibration.permanent().get(band), permanentAll);
            agencyFte[b] = perHead(calibration.agency().get(band), agencyAll);
            agencyMix[b] = agencyHeads == 0 ? calibration.hireMix().get(band)
                    : (double) calibration.agency().get(band).headcount() / agencyHeads;
            hireMix[b] = calibration.hireMix().get(band);
        }
    }

    Run run(int months, RandomDataGenerator random) {
        int[] permanent = new int[BANDS.length];
        int[] agency = new int[BANDS.length];
        double agencyPath = 0;
        for (Band band : BANDS) {
            permanent[band.ordinal()] = calibration.permanent().get(band).headcount();
            agency[band.ordinal()] = calibration.agency().get(band).headcount();
            agencyPath += agency[band.ordinal()];
        }
        double[][] permanentOut = new double[BANDS.length][months];
        double[][] agencyOut = new double[BANDS.length][months];
        double[] leaversOut = new double[months];
        double agencyEnding = calibration.agencyEnding().monthly();
        LocalDate start = calibration.date();
        for (int month = 1; month <= months; month++) {
            double leaversFte = 0;
            for (int b = 0; b < BANDS.length; b++) {
                int leavers = binomial(permanent[b], leaving[b], random);
                permanent[b] -= leavers;
                leaversFte += leavers * permanentFte[b];
                agency[b] -= binomial(agency[b], agencyEnding, random);
            }
            for (int b = BANDS.length - 2; b >= 0; b--) {
                double progression = BANDS[b].monthlyProgression();
                int moving = binomial(permanent[b], progression, random);
                permanent[b] -= moving;
                permanent[b + 1] += moving;
                int movingAgency = binomial(agency[b], progression, random);
                agency[b] -= movingAgency;
                agency[b + 1] += movingAgency;
            }
            if (month > levers.monthsToHire()) {
                int offers = poisson(levers.experiencedOffersPerMonth(), random);
                int hired = binomial(offers, levers.offerAcceptance(), random);
                for (int i = 0; i < hired; i++) {
                    permanent[pick(hireMix, random)]++;
                }
            }
            if (start.plusMonths(month).getMonth() == Month.SEPTEMBER) {
                permanent[Band.ASYE.ordinal()] += poisson(levers.nqswPerYear(), random);
            }
            int converting = Math.min(planned(levers.agencyConversionsPerMonth(), random), sum(agency));
            for (int i = 0; i < converting; i++) {
                int b = pick(agency, random);
                agency[b]--;
                permanent[b]++;
            }
            agencyPath = Math.max(0, agencyPath + levers.agencyChangePerMonth() - converting);
            int target = (int) Math.round(agencyPath);
            int now = sum(agency);
            for (int i = now; i < target; i++) {
                agency[pick(agencyMix, random)]++;
            }
            for (int i = target; i < now; i++) {
                agency[pick(agency, random)]--;
            }
            for (int b = 0; b < BANDS.length; b++) {
                permanentOut[b][month - 1] = permanent[b] * permanentFte[b];
                agencyOut[b][month - 1] = agency[b] * agencyFte[b];
            }
            leaversOut[month - 1] = leaversFte;
        }
        return new Run(permanentOut, agencyOut, leaversOut);
    }

    /** A band's FTE per head, or the whole group's when the band has nobody on the date. */
    private static double perHead(Calibration.Stock band, Calibration.Stock all) {
        return band.headcount() > 0 ? band.ftePerHead() : all.ftePerHead();
    }

    private static Calibration.Stock plus(Calibration.Stock a, Calibration.Stock b) {
        return new Calibration.Stock(a.headcount() + b.headcount(), a.fte() + b.fte());
    }

    /** A planned number a month: its whole part, and one more with the chance of its fraction. */
    private static int planned(double perMonth, RandomDataGenerator random) {
        int whole = (int) Math.floor(perMonth);
        return whole + (random.nextDouble() < perMonth - whole ? 1 : 0);
    }

    /** The number of {@code n} independent events of chance {@code p} that happen. */
    static int binomial(int n, double p, RandomDataGenerator random) {
        if (p <= 0 || n == 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        int events = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                events++;
            }
        }
        return events;
    }

    private static int poisson(double mean, RandomDataGenerator random) {
        return mean <= 0 ? 0 : random.nextPoisson(mean);
    }

    /** A band drawn with the given weights (counts or shares); the first band when all are 0. */
    private static int pick(double[] weights, RandomDataGenerator random) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int b = 0; b < weights.length; b++) {
            draw -= weights[b];
            if (draw < 0) {
                return b;
            }
        }
        return total == 0 ? 0 : weights.length - 1;
    }

    private static int pick(int[] counts, RandomDataGenerator random) {
        double[] weights = new double[counts.length];
        for (int b = 0; b < counts.length; b++) {
            weights[b] = counts[b];
        }
        return pick(weights, random);
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return total;
    }
}
