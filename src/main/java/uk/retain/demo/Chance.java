package uk.retain.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The seeded randomness of the simulation. {@link StrictMath} rather than {@link Math}, so that the same seed
 * gives the same register on every JVM and platform.
 */
final class Chance {

    private final SplittableRandom random;

    Chance(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private Chance(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so that one concern's draws never shift another's. */
    Chance split() {
        return new Chance(random.split());
    }

    boolean of(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    double uniform(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One of the items, drawn with the given weights (one per item). */
    <T> T pick(List<T> items, double... weights) {
        return items.get(weighted(weights));
    }

    /** An index drawn with the given weights. */
    int weighted(double... weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Days drawn from an Erlang-2 distribution of the given mean: few very short stays, a long tail. */
    int erlangDays(double mean) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = 1.0 - random.nextDouble();
        double days = -mean / 2.0 * (StrictMath.log(u1) + StrictMath.log(u2));
        return Math.max(1, (int) StrictMath.round(days));
    }

    /** A Poisson count of the given mean (Knuth's method: the means here are small). */
    int poisson(double mean) {
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
