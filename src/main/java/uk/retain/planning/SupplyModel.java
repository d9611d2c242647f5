package uk.retain.planning;

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
 *
 * <p>A number of workers each leaving (or moving on) with a chance is one binomial draw ({@link Binomial}: inversion,
 * with the chance of none read from a table), not one draw per worker: the same distribution at a few draws a
 * month whatever the council's size, which {@code bench forecast} needs for 153 councils × 10,000 runs.
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
    private final double[] hireCumulative = new double[BANDS.length];
    private final double[] agencyCumulative = new double[BANDS.length];
    private final int[] permanentOnDate = new int[BANDS.length];
    private final int[] agencyOnDate = new int[BANDS.length];
    private final Binomial[] leavingDraw = new Binomial[BANDS.length];
    private final Binomial[] progressionDraw = new Binomial[BANDS.length];
    private final Binomial agencyEndingDraw;
    private final Binomial acceptanceDraw;
    private final Poisson offersDraw;
    private final Poisson nqswDraw;
    /** The date's month, 1 to 12. */
    private final int startMonth;

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
            permanentOnDate[b] = calibration.permanent().get(band).headcount();
            agencyOnDate[b] = calibration.agency().get(band).headcount();
        }
        // The tables of the chance of none cover twice the council's practitioners on the date, and more when the
        // plan hires many; beyond them a draw computes the chance itself.
        int upTo = 2 * (sum(permanentOnDate) + sum(agencyOnDate)) + 64;
        for (Band band : BANDS) {
            leavingDraw[band.ordinal()] = new Binomial(leaving[band.ordinal()], upTo);
            progressionDraw[band.ordinal()] = new Binomial(band.monthlyProgression(), upTo);
        }
        agencyEndingDraw = new Binomial(calibration.agencyEnding().monthly(), upTo);
        acceptanceDraw = new Binomial(levers.offerAcceptance(), upTo);
        offersDraw = new Poisson(levers.experiencedOffersPerMonth());
        nqswDraw = new Poisson(levers.nqswPerYear());
        startMonth = calibration.date().getMonthValue();
        cumulate(hireMix, hireCumulative);
        cumulate(agencyMix, agencyCumulative);
    }

    private static void cumulate(double[] weights, double[] cumulative) {
        double total = 0;
        for (int b = 0; b < weights.length; b++) {
            total += weights[b];
            cumulative[b] = total;
        }
    }

    /** A run's output arrays, to be filled by {@link #runInto} again and again without allocating. */
    static Run newRun(int months) {
        return new Run(new double[BANDS.length][months], new double[BANDS.length][months], new double[months]);
    }

    /**
     * What the model computes from the calibration, as plain numbers: for {@code bench forecast}'s other
     * implementation of the model, so that both start from the very same figures.
     */
    java.util.Map<String, Object> parameters() {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("start_month", startMonth);
        map.put("permanent", list(permanentOnDate));
        map.put("agency", list(agencyOnDate));
        map.put("permanent_fte_per_head", list(permanentFte));
        map.put("agency_fte_per_head", list(agencyFte));
        map.put("leaving", list(leaving));
        double[] progression = new double[BANDS.length];
        for (Band band : BANDS) {
            progression[band.ordinal()] = band.monthlyProgression();
        }
        map.put("progression", list(progression));
        map.put("agency_ending", calibration.agencyEnding().monthly());
        map.put("hire_mix", list(hireMix));
        map.put("agency_mix", list(agencyMix));
        map.put("months_to_hire", levers.monthsToHire());
        map.put("experienced_offers_per_month", levers.experiencedOffersPerMonth());
        map.put("offer_acceptance", levers.offerAcceptance());
        map.put("nqsw_per_year", levers.nqswPerYear());
        map.put("agency_conversions_per_month", levers.agencyConversionsPerMonth());
        map.put("agency_change_per_month", levers.agencyChangePerMonth());
        return map;
    }

    Run run(int months, RandomDataGenerator random) {
        Run run = newRun(months);
        runInto(months, random, run);
        return run;
    }

    /** One run into {@code out}'s arrays (of at least {@code months} months), drawing from {@code random}. */
    void runInto(int months, RandomDataGenerator random, Run out) {
        int[] permanent = permanentOnDate.clone();
        int[] agency = agencyOnDate.clone();
        double agencyPath = sum(agency);
        double[][] permanentOut = out.permanent();
        double[][] agencyOut = out.agency();
        double[] leaversOut = out.leaversFte();
        for (int month = 1; month <= months; month++) {
            double leaversFte = 0;
            for (int b = 0; b < BANDS.length; b++) {
                int leavers = leavingDraw[b].draw(permanent[b], random);
                permanent[b] -= leavers;
                leaversFte += leavers * permanentFte[b];
                agency[b] -= agencyEndingDraw.draw(agency[b], random);
            }
            for (int b = BANDS.length - 2; b >= 0; b--) {
                Binomial progression = progressionDraw[b];
                int moving = progression.draw(permanent[b], random);
                permanent[b] -= moving;
                permanent[b + 1] += moving;
                int movingAgency = progression.draw(agency[b], random);
                agency[b] -= movingAgency;
                agency[b + 1] += movingAgency;
            }
            if (month > levers.monthsToHire()) {
                int offers = offersDraw.draw(random);
                int hired = acceptanceDraw.draw(offers, random);
                for (int i = 0; i < hired; i++) {
                    permanent[pick(hireCumulative, random)]++;
                }
            }
            if ((startMonth - 1 + month) % 12 == Month.SEPTEMBER.getValue() - 1) {
                permanent[Band.ASYE.ordinal()] += nqswDraw.draw(random);
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
                agency[pick(agencyCumulative, random)]++;
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
        double fraction = perMonth - whole;
        return whole + (fraction > 0 && random.nextDouble() < fraction ? 1 : 0);
    }

    /** The number of {@code n} independent events of chance {@code p} that happen. */
    static int binomial(int n, double p, RandomDataGenerator random) {
        return new Binomial(p, 0).draw(n, random);
    }

    /**
     * Binomial draws of one chance, by inversion: one uniform, then the probabilities of 0, 1, 2... events summed
     * until they pass it. For each {@code n} below {@code upTo} the first {@value #TABLED} sums are computed once, so
     * a draw compares the uniform with all of them without a branch (the loop goes on past them only in the rare
     * tail); for a larger {@code n} the loop starts from {@code (1 - p)^n}. A chance over ½ is drawn as {@code n}
     * less the draw of its complement, and for {@code n × p} over {@value #SPLIT_MEAN} as the sum of two draws of half
     * the number, so the chance of none stays far from underflow and the loop short. The object is immutable, so
     * runs on several threads may share it.
     */
    static final class Binomial {

        static final double SPLIT_MEAN = 30;
        static final int TABLED = 8;

        private final double p;
        private final boolean complement;
        private final double odds;
        /** For n below the table's size, P(X ≤ k) at {@code n × TABLED + k}, or 2 for k ≥ n (never passed). */
        private final double[] sums;
        /** For n below the table's size, P(X = TABLED): where the loop goes on from. */
        private final double[] next;
        private final int tabled;
        /** The n below which a draw is one look at the table: tabled, and n × p at most {@value #SPLIT_MEAN}. */
        private final int small;

        Binomial(double chance, int upTo) {
            this.complement = chance > 0.5 && chance < 1;
            this.p = complement ? 1 - chance : chance;
            this.odds = p / (1 - p);
            this.tabled = p > 0 && p < 1 ? upTo : 0;
            this.sums = new double[tabled * TABLED];
            this.next = new double[tabled];
            this.small = tabled == 0 ? 0 : (int) Math.min(tabled, Math.floor(SPLIT_MEAN / p) + 1);
            double none = 1;
            for (int n = 0; n < tabled; n++) {
                double probability = none;
                double a = (n + 1) * odds;
                double sum = 0;
                for (int k = 0; k < TABLED; k++) {
                    if (k >= n) {
                        sums[n * TABLED + k] = 2;
                    } else {
                        sum += probability;
                        sums[n * TABLED + k] = sum;
                        probability *= a / (k + 1) - odds;
                    }
                }
                next[n] = probability;
                none *= 1 - p;
            }
        }

        int draw(int n, RandomDataGenerator random) {
            if (n < small && n > 0) {
                int events = tabled(n, random);
                return complement ? n - events : events;
            }
            if (n <= 0 || p <= 0) {
                return 0;
            }
            if (p >= 1) {
                return n;
            }
            int events = n < tabled && n * p <= SPLIT_MEAN ? tabled(n, random) : events(n, random);
            return complement ? n - events : events;
        }

        private int tabled(int n, RandomDataGenerator random) {
            double u = random.nextDouble();
            int base = n * TABLED;
            int events = 0;
            for (int k = 0; k < TABLED; k++) {
                events += u > sums[base + k] ? 1 : 0;
            }
            if (events < TABLED) {
                return events;
            }
            return loop(n, u - sums[base + TABLED - 1], next[n], TABLED);
        }

        private int events(int n, RandomDataGenerator random) {
            if (n * p > SPLIT_MEAN) {
                return events(n / 2, random) + events(n - n / 2, random);
            }
            return n < tabled ? tabled(n, random) : loop(n, random.nextDouble(), Math.pow(1 - p, n), 0);
        }

        /** The inversion's loop from {@code events} on, {@code u} less the probabilities passed. */
        private int loop(int n, double u, double probability, int events) {
            double a = (n + 1) * odds;
            while (u > probability && events < n) {
                u -= probability;
                events++;
                probability *= a * inverse(events) - odds;
            }
            return events;
        }
    }

    /** 1/x from a table for the small x of the inversions' loops: a multiplication there, not a division. */
    private static final double[] INVERSES = new double[1024];

    static {
        for (int x = 1; x < INVERSES.length; x++) {
            INVERSES[x] = 1.0 / x;
        }
    }

    private static double inverse(int x) {
        return x < INVERSES.length ? INVERSES[x] : 1.0 / x;
    }

    /**
     * Poisson draws of one mean, by inversion: one uniform compared without a branch with the first
     * {@value #TABLED} cumulative probabilities, computed once, and the loop on from there in the rare tail; above a
     * mean of {@value #INVERSION_MEAN}, Hipparchus's.
     */
    static final class Poisson {

        static final double INVERSION_MEAN = 30;
        static final int TABLED = 16;

        private final double mean;
        private final double[] sums = new double[TABLED];
        private final double next;

        Poisson(double mean) {
            this.mean = mean;
            double probability = Math.exp(-mean);
            double sum = 0;
            for (int k = 0; k < TABLED; k++) {
                sum += probability;
                sums[k] = sum;
                probability *= mean / (k + 1);
            }
            this.next = probability;
        }

        int draw(RandomDataGenerator random) {
            if (mean <= 0) {
                return 0;
            }
            if (mean > INVERSION_MEAN) {
                return random.nextPoisson(mean);
            }
            double u = random.nextDouble();
            int events = 0;
            for (int k = 0; k < TABLED; k++) {
                events += u > sums[k] ? 1 : 0;
            }
            if (events < TABLED) {
                return events;
            }
            u -= sums[TABLED - 1];
            double probability = next;
            // The bound ends the loop should rounding leave u above the tail's last probabilities.
            int most = (int) (10 * mean) + 50;
            while (u > probability && events < most) {
                u -= probability;
                events++;
                probability *= mean * inverse(events);
            }
            return events;
        }
    }

    /**
     * A band drawn with the weights whose running totals are given (four bands): the number of totals before the
     * last that the draw reaches, counted without a branch; the first band when all are 0.
     */
    private static int pick(double[] cumulative, RandomDataGenerator random) {
        double draw = random.nextDouble() * cumulative[3];
        return (draw >= cumulative[0] ? 1 : 0) + (draw >= cumulative[1] ? 1 : 0) + (draw >= cumulative[2] ? 1 : 0);
    }

    private static int pick(int[] counts, RandomDataGenerator random) {
        double total = 0;
        for (int count : counts) {
            total += count;
        }
        double draw = random.nextDouble() * total;
        for (int b = 0; b < counts.length; b++) {
            draw -= counts[b];
            if (draw < 0) {
                return b;
            }
        }
        return total == 0 ? 0 : counts.length - 1;
    }

    private static java.util.List<Double> list(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static java.util.List<Integer> list(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return total;
    }
}
