package org.parley.stats;

import java.util.Arrays;

/**
 * Kendall's rank correlation τ_b, which accounts for ties in either variable (Kendall 1945):
 * {@code τ_b = (C − D) / √((n₀ − n₁)(n₀ − n₂))} with C and D the concordant and discordant pairs, {@code n₀ = n(n−1)/2},
 * {@code n₁} and {@code n₂} the pairs tied in x and in y. The same value as R's {@code cor(x, y, method = "kendall")}
 * and SciPy's {@code kendalltau}.
 *
 * <p>Knight's algorithm (Knight 1966, "A computer method for calculating Kendall's tau with ungrouped data", JASA
 * 61): sort the pairs by x then y, count the ties, then merge-sort by y counting the exchanges S; then
 * {@code C − D = n₀ − n₁ − n₂ + n₃ − 2S} with {@code n₃} the pairs tied in both. O(n log n) time, O(n) memory.
 * Undefined (NaN) for fewer than two pairs or when either variable is constant.
 */
public final class KendallTau {

    private KendallTau() {
    }

    /**
     * τ_b of {@code x} and {@code y}, in [−1, 1], or NaN when undefined.
     *
     * @throws IllegalArgumentException when the lengths differ or a value is not finite
     */
    public static double of(double[] x, double[] y) {
        Checks.pairs(x, y);
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        int[] order = sortedByXThenY(x, y);
        for (int i = 0; i < n; i++) {
            xs[i] = x[order[i]] + 0.0; // -0.0 and 0.0 tie
            ys[i] = y[order[i]] + 0.0;
        }
        long n0 = (long) n * (n - 1) / 2;
        long n1 = 0;
        long n3 = 0;
        long runX = 1;
        long runXY = 1;
        for (int i = 1; i <= n; i++) {
            boolean sameX = i < n && xs[i] == xs[i - 1];
            boolean sameXY = sameX && ys[i] == ys[i - 1];
            if (sameXY) {
                runXY++;
            } else {
                n3 += runXY * (runXY - 1) / 2;
                runXY = 1;
            }
            if (sameX) {
                runX++;
            } else {
                n1 += runX * (runX - 1) / 2;
                runX = 1;
            }
        }
        long exchanges = mergeSortCountingExchanges(ys, new double[n], 0, n);
        long n2 = 0;
        long runY = 1;
        for (int i = 1; i <= n; i++) {
            if (i < n && ys[i] == ys[i - 1]) {
                runY++;
            } else {
                n2 += runY * (runY - 1) / 2;
                runY = 1;
            }
        }
        if (n1 == n0 || n2 == n0) {
            return Double.NaN;
        }
        double numerator = (double) (n0 - n1 - n2 + n3) - 2.0 * exchanges;
        double tau = numerator / Math.sqrt((double) (n0 - n1) * (double) (n0 - n2));
        return Math.max(-1, Math.min(1, tau));
    }

    /**
     * Sorts {@code a[from, to)} ascending and returns the number of exchanges a bubble sort would make (pairs
     * {@code i < j} with {@code a[i] > a[j]}; equal values are not exchanged).
     */
    private static long mergeSortCountingExchanges(double[] a, double[] tmp, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int mid = (from + to) >>> 1;
        long s = mergeSortCountingExchanges(a, tmp, from, mid) + mergeSortCountingExchanges(a, tmp, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (a[j] < a[i]) {
                s += mid - i;
                tmp[k++] = a[j++];
            } else {
                tmp[k++] = a[i++];
            }
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < to) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, from, a, from, to - from);
        return s;
    }

    /** Indices sorted by x, then y. */
    private static int[] sortedByXThenY(double[] x, double[] y) {
        Integer[] idx = new Integer[x.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(x[a] + 0.0, x[b] + 0.0);
            return c != 0 ? c : Double.compare(y[a] + 0.0, y[b] + 0.0);
        });
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
