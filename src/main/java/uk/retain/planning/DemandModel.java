package uk.retain.planning;

import java.util.List;
import java.util.Map;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.stat.regression.SimpleRegression;

import uk.retain.workforce.CaseCategory;

/**
 * Open cases per month ahead, by category, from the council's own month-end counts on the scale {@code log(1 + cases)}:
 * from the last count, each month adds the trend (the slope of a least-squares line through the counts, Hipparchus's
 * {@code SimpleRegression}, drawn per run from its estimate and standard error, and damped by {@value #DAMPING} a
 * month so that no trend runs on for five years) and a month-to-month change drawn at random from the changes seen,
 * less their mean (a bootstrap of a random walk's steps, so the spread widens with the months ahead). A category with
 * fewer than {@value #MIN_MONTHS} months carries its last count.
 */
final class DemandModel {

    static final double DAMPING = 0.97;

    /** The fewest month ends a trend is fitted to. */
    static final int MIN_MONTHS = 6;

    private final double[] level;
    private final double[] slope;
    private final double[] slopeError;
    private final double[][] steps;

    DemandModel(Map<CaseCategory, List<Integer>> openCasesByMonth) {
        CaseCategory[] categories = openCasesByMonth.keySet().toArray(CaseCategory[]::new);
        level = new double[categories.length];
        slope = new double[categories.length];
        slopeError = new double[categories.length];
        steps = new double[categories.length][];
        for (int c = 0; c < categories.length; c++) {
            List<Integer> counts = openCasesByMonth.get(categories[c]);
            level[c] = Math.log1p(counts.getLast());
            if (counts.size() < MIN_MONTHS) {
                steps[c] = new double[] {0};
                continue;
            }
            var regression = new SimpleRegression();
            for (int month = 0; month < counts.size(); month++) {
                regression.addData(month, Math.log1p(counts.get(month)));
            }
            slope[c] = regression.getSlope();
            slopeError[c] = Double.isFinite(regression.getSlopeStdErr()) ? regression.getSlopeStdErr() : 0;
            steps[c] = new double[counts.size() - 1];
            double mean = 0;
            for (int month = 1; month < counts.size(); month++) {
                steps[c][month - 1] = Math.log1p(counts.get(month)) - Math.log1p(counts.get(month - 1));
                mean += steps[c][month - 1] / steps[c].length;
            }
            for (int i = 0; i < steps[c].length; i++) {
                steps[c][i] -= mean;
            }
        }
    }

    /** One run's open cases, all categories, at the end of each month 1 to {@code months}, before scenarios. */
    double[] run(int months, RandomDataGenerator random) {
        double[] total = new double[months];
        for (int c = 0; c < level.length; c++) {
            double step = slope[c] + (slopeError[c] == 0 ? 0 : random.nextNormal(0, slopeError[c]));
            double value = level[c];
            for (int month = 1; month <= months; month++) {
                step *= DAMPING;
                value += step + steps[c][random.nextInt(steps[c].length)];
                total[month - 1] += Math.max(0, Math.expm1(value));
            }
        }
        return total;
    }
}
