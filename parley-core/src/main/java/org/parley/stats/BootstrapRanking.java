package org.parley.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A ranking of groups by their mean, with percentile-bootstrap confidence intervals for each group's mean and rank
 * (Efron &amp; Tibshirani 1993, ch. 13; the rank intervals as in Hall &amp; Miller 2009, "Using the bootstrap to
 * quantify the authority of an empirical ranking").
 *
 * <p>Each of B replicates draws, for every group independently, as many values as it has with replacement, and
 * ranks the groups by the replicate means: a group's rank is 1 + the number of groups with a strictly higher mean.
 * The interval of a statistic is {@code [s₍⌈0.025·B⌉₎, s₍⌈0.975·B⌉₎]}, the order statistics of its B replicate
 * values. The observed rank uses the same rule on the observed means. All draws come from one
 * {@link SplittableRandom} with the given seed, groups in the order given: same input and seed, same intervals.
 * O(B·Σnᵢ) time.
 */
public final class BootstrapRanking {

    /**
     * One group's place.
     *
     * @param mean      the observed mean
     * @param meanLow   lower end of the 95% interval of the mean
     * @param meanHigh  upper end of it
     * @param rank      the observed rank (1 is best)
     * @param rankLow   the best rank of its 95% interval
     * @param rankHigh  the worst rank of its 95% interval
     */
    public record Place(double mean, double meanLow, double meanHigh, int rank, int rankLow, int rankHigh) {
    }

    private BootstrapRanking() {
    }

    /**
     * Ranks {@code groups} (each group's values; a group without values gets NaN means and the worst ranks).
     *
     * @param replicates B, at least 1
     * @param seed       the seed of every draw
     * @throws IllegalArgumentException when a value is not finite or B is below 1
     */
    public static List<Place> rank(List<double[]> groups, int replicates, long seed) {
        if (replicates < 1) {
            throw new IllegalArgumentException("the bootstrap needs at least one replicate, got " + replicates);
        }
        int g = groups.size();
        double[] observed = new double[g];
        for (int k = 0; k < g; k++) {
            Checks.finite(groups.get(k), "group " + k);
            observed[k] = mean(groups.get(k));
        }
        double[][] means = new double[g][replicates];
        int[][] ranks = new int[g][replicates];
        SplittableRandom random = new SplittableRandom(seed);
        double[] replicate = new double[g];
        for (int b = 0; b < replicates; b++) {
            for (int k = 0; k < g; k++) {
                double[] v = groups.get(k);
                double sum = 0;
                for (int i = 0; i < v.length; i++) {
                    sum += v[random.nextInt(v.length)];
                }
                replicate[k] = v.length == 0 ? Double.NaN : sum / v.length;
                means[k][b] = replicate[k];
            }
            int[] r = ranks(replicate);
            for (int k = 0; k < g; k++) {
                ranks[k][b] = r[k];
            }
        }
        int[] observedRanks = ranks(observed);
        List<Place> out = new ArrayList<>();
        int lo = Math.max(1, (int) Math.ceil(0.025 * replicates)) - 1;
        int hi = Math.max(1, (int) Math.ceil(0.975 * replicates)) - 1;
        for (int k = 0; k < g; k++) {
            double[] m = means[k];
            Arrays.sort(m);
            int[] r = ranks[k];
            Arrays.sort(r);
            out.add(new Place(observed[k], m[lo], m[hi], observedRanks[k], r[lo], r[hi]));
        }
        return out;
    }

    /** 1 + the number of strictly higher values; NaN counts below every number. */
    static int[] ranks(double[] values) {
        int[] r = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            int better = 0;
            for (int j = 0; j < values.length; j++) {
                if (j != k && higher(values[j], values[k])) {
                    better++;
                }
            }
            r[k] = better + 1;
        }
        return r;
    }

    private static boolean higher(double a, double b) {
        if (Double.isNaN(a)) {
            return false;
        }
        return Double.isNaN(b) || a > b;
    }

    private static double mean(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
