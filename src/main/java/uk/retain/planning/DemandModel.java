package uk.retain.planning;

import java.util.List;
import java.util.Map;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.stat.regression.SimpleRegression;

import uk.retain.workforce.CaseCategory;

/**
 * Open cases per month ahead, by category: a log-linear trend fitted to the council's own month-end counts
 * ({@code log(1 + cases)} against the month, Hipparchus's least squares), projected with the slope drawn per run from
 * its estimate and standard error and damped ({@value #DAMPING} a month, so that no trend runs on for five years),
 * plus a residual of the fit drawn at random each month (a bootstrap). A category with too few months carries its last
 * count with the spread of the others.
 */
final class DemandModel {

    static final double DAMPING = 0.97;

    private final CaseCategory[] categories;
    private final double[] level;
    private final double[] slope;
    private final double[] slopeError;
    private final double[][] residuals;

    DemandModel(Map<CaseCategory, List<Integer>> openCasesByMonth) {
        categories = openCasesByMonth.keySet().toArray(CaseCategory[]::new);
        level = new double[categories.length];
        slope = new double[categories.length];
        slopeError = new double[categories.length];
        residuals = new double[categories.length][];
        for (int c = 0; c < categories.length; c++) {
            List<Integer> counts = openCasesByMonth.get(categories[c]);
            var regression = new SimpleRegression();
            for (int month = 0; month < counts.size(); month++) {
                regression.addData(month, Math.log1p(counts.get(month)));
            }
            int last = counts.size() - 1;
            if (counts.size() >= 3) {
                level[c] = regression.predict(last);
                slope[c] = regression.getSlope();
                slopeError[c] = Double.isFinite(regression.getSlopeStdErr()) ? regression.getSlopeStdErr() : 0;
                residuals[c] = new double[counts.size()];
                for (int month = 0; month < counts.size(); month++) {
                    residuals[c][month] = Math.log1p(counts.get(month)) - regression.predict(month);
                }
            } else {
                level[c] = Math.log1p(counts.get(last));
                residuals[c] = new double[] {0};
            }
        }
    }

    /** One run's open cases, all categories, at the end of each month 1 to {@code months}, before scenarios. */
    double[] run(int months, RandomDataGenerator random) {
        double[] total = new double[months];
        for (int c = 0; c < categories.length; c++) {
            double drawnSlope = slope[c] + (slopeError[c] == 0 ? 0 : random.nextNormal(0, slopeError[c]));
            double trend = 0;
            double step = drawnSlope;
            for (int month = 1; month <= months; month++) {
                step *= DAMPING;
                trend += step;
                double residual = residuals[c][random.nextInt(residuals[c].length)];
                total[month - 1] += Math.max(0, Math.expm1(level[c] + trend + residual));
            }
        }
        return total;
    }
}
