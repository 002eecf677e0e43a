package org.parley.stats;

import java.util.Arrays;
import org.parley.util.Tolerance;

/**
 * The Wilcoxon signed-rank test of paired samples (Wilcoxon 1945), two-sided, with R's {@code wilcox.test(x, y,
 * paired = TRUE)} conventions:
 * <ul>
 *   <li>Differences {@code d = x − y}; zero differences ({@code |d| ≤ 1e-9}, the one tolerance) are dropped
 *       (Wilcoxon's method); n is the number left.</li>
 *   <li>The |d| are ranked, equal ones (within the tolerance) sharing their average rank; {@code V = W⁺} is the sum
 *       of the ranks of the positive differences, {@code W⁻} that of the negative ones.</li>
 *   <li>Exact p-value when {@code n < 50} and there were neither ties nor zeros: the null distribution of W⁺ (each
 *       rank signed at random) by counting subsets of {1..n} per sum, {@code p = min(1, 2·min(P(W⁺ ≤ V),
 *       P(W⁺ ≥ V)))}.</li>
 *   <li>Otherwise the normal approximation with the tie correction and a continuity correction:
 *       {@code z = (V − n(n+1)/4 − ½·sign) / σ}, {@code σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48} over the groups of t
 *       tied ranks, {@code p = 2·min(Φ(z), 1 − Φ(z))}.</li>
 * </ul>
 * The effect size is the matched-pairs rank-biserial correlation {@code r = (W⁺ − W⁻)/(W⁺ + W⁻)} (Kerby 2014,
 * "The simple difference formula"), in [−1, 1]: positive when x tends to exceed y. O(n log n), plus O(n³) for the
 * exact distribution (n &lt; 50).
 */
public final class WilcoxonSignedRank {

    /** Below this many non-zero differences (and without ties or zeros) the p-value is exact, as in R. */
    public static final int EXACT_BELOW = 50;

    /**
     * The test's result.
     *
     * @param n            non-zero differences (pairs minus zeros)
     * @param zeros        pairs with a zero difference, dropped
     * @param wPlus        V: the sum of the ranks of the positive differences
     * @param wMinus       the sum of the ranks of the negative differences
     * @param pValue       two-sided p-value; NaN when n is 0
     * @param exact        true when {@code pValue} is exact, false for the normal approximation
     * @param z            the normal approximation's z (continuity-corrected); NaN when exact or undefined
     * @param rankBiserial {@code (W⁺ − W⁻)/(W⁺ + W⁻)}; NaN when n is 0
     */
    public record Result(int n, int zeros, double wPlus, double wMinus, double pValue, boolean exact, double z,
            double rankBiserial) {
    }

    private WilcoxonSignedRank() {
    }

    /**
     * Tests the pairs {@code (x[i], y[i])}.
     *
     * @throws IllegalArgumentException when the lengths differ or a value is not finite
     */
    public static Result test(double[] x, double[] y) {
        Checks.pairs(x, y);
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return test(d);
    }

    /**
     * Tests the paired differences {@code d} (H₀: symmetric about 0).
     *
     * @throws IllegalArgumentException when a value is not finite
     */
    public static Result test(double[] d) {
        Checks.finite(d, "d");
        double[] nonZero = Arrays.stream(d).filter(v -> !Tolerance.close(v, 0)).toArray();
        int n = nonZero.length;
        int zeros = d.length - n;
        if (n == 0) {
            return new Result(0, zeros, 0, 0, Double.NaN, false, Double.NaN, Double.NaN);
        }
        Integer[] byAbs = new Integer[n];
        for (int i = 0; i < n; i++) {
            byAbs[i] = i;
        }
        Arrays.sort(byAbs, (a, b) -> Double.compare(Math.abs(nonZero[a]), Math.abs(nonZero[b])));
        double[] rank = new double[n];
        double tieTerm = 0;
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && Tolerance.close(Math.abs(nonZero[byAbs[j]]), Math.abs(nonZero[byAbs[i]]))) {
                j++;
            }
            double average = (i + 1 + j) / 2.0; // ranks i+1 .. j
            for (int k = i; k < j; k++) {
                rank[byAbs[k]] = average;
            }
            double t = j - i;
            tieTerm += t * t * t - t;
            i = j;
        }
        double wPlus = 0;
        double wMinus = 0;
        for (int k = 0; k < n; k++) {
            if (nonZero[k] > 0) {
                wPlus += rank[k];
            } else {
                wMinus += rank[k];
            }
        }
        double rb = (wPlus - wMinus) / (wPlus + wMinus);
        if (n < EXACT_BELOW && tieTerm == 0 && zeros == 0) {
            return new Result(n, zeros, wPlus, wMinus, exactP(n, (int) Math.round(wPlus)), true, Double.NaN, rb);
        }
        double mean = n * (n + 1) / 4.0;
        double sigma = Math.sqrt(n * (n + 1.0) * (2 * n + 1) / 24 - tieTerm / 48);
        if (sigma == 0) {
            return new Result(n, zeros, wPlus, wMinus, Double.NaN, false, Double.NaN, rb);
        }
        double diff = wPlus - mean;
        double z = (diff - 0.5 * Math.signum(diff)) / sigma;
        double p = Math.min(1, 2 * Math.min(NormalDistribution.cdf(z), NormalDistribution.upperTail(z)));
        return new Result(n, zeros, wPlus, wMinus, p, false, z, rb);
    }

    /** The exact two-sided p-value of {@code V = v} for n ranks without ties. */
    static double exactP(int n, int v) {
        int max = n * (n + 1) / 2;
        double[] count = new double[max + 1]; // count[s]: subsets of {1..k} with sum s
        count[0] = 1;
        for (int k = 1; k <= n; k++) {
            for (int s = max; s >= k; s--) {
                count[s] += count[s - k];
            }
        }
        double total = Math.pow(2, n);
        double lower = 0;
        for (int s = 0; s <= v; s++) {
            lower += count[s];
        }
        double upper = 0;
        for (int s = v; s <= max; s++) {
            upper += count[s];
        }
        return Math.min(1, 2 * Math.min(lower, upper) / total);
    }
}
