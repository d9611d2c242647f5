package uk.retain.planning;

/**
 * The 10th, 50th and 90th percentiles of a forecast figure: eight outcomes in ten are expected between {@code p10} and
 * {@code p90}, and {@code p50} is the single best guess.
 */
public record Quantiles(double p10, double p50, double p90) {

    public Quantiles {
        if (!(p10 <= p50 && p50 <= p90)) {
            throw new IllegalArgumentException("percentiles out of order: " + p10 + ", " + p50 + ", " + p90);
        }
    }

    /** Whether an outcome fell between the 10th and the 90th percentile, both included. */
    public boolean covers(double outcome) {
        return p10 <= outcome && outcome <= p90;
    }
}
