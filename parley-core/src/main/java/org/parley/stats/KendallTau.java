package org.parley.stats;

import java.util.Arrays;

/**
 * Kendall's rank correlation τ_b, which accounts for ties in either variable (Kendall 1945):
 * {@code τ_b = (C − D) / √((n₀ − n₁)(n₀ − n₂))} with C and D the concordant and discordant pairs, {@code n₀ = n(n−1)/2},
 * {@code n₁} and {@code n₂} the pairs tied in x and in y. The same value as R's {@code cor(x, y, method = "kendall")}
 * and SciPy's {@code kendalltau}.
 *
 * <p>Knight's algorithm (Knight 1966, "A computer method for calculating Kendall's tau with ungrouped data", JASA
 * 61), with the roles of x and y swapped (τ_b is symmetric): sort the pairs by y then x, count the ties, then
 * merge-sort the x sequence counting the exchanges S, which are the discordant pairs; then
 * {@code C − D = n₀ − n₁ − n₂ + n₃ − 2S} with {@code n₃} the pairs tied in both. O(n log n) time, O(n) memory.
 * Undefined (NaN) for fewer than two pairs or when either variable is constant.
 *
 * <p>When one variable is fixed and the other varies (an opponent model judged against the true utilities again
 * and again), {@link #against} sorts the fixed one once; each {@link Against#of} then costs one merge sort.
 */
public final class KendallTau {

    /** Runs this short are sorted by insertion, counting the same exchanges. */
    private static final int INSERTION = 24;

    private KendallTau() {
    }

    /**
     * τ_b of {@code x} and {@code y}, in [−1, 1], or NaN when undefined.
     *
     * @throws IllegalArgumentException when the lengths differ or a value is not finite
     */
    public static double of(double[] x, double[] y) {
        Checks.pairs(x, y);
        return new Against(y).tau(x);
    }

    /**
     * τ_b against the fixed {@code y}, for many x (the values of {@code y} are read now, not kept).
     *
     * @throws IllegalArgumentException when a value is not finite
     */
    public static Against against(double[] y) {
        Checks.finite(y, "y");
        return new Against(y);
    }

    /** τ_b of varying x against a fixed y whose order and ties are computed once. Immutable, thread-safe. */
    public static final class Against {

        private final int n;
        /** Indices in ascending y order (ties in any order). */
        private final int[] order;
        /** Start of each run of tied y values in {@link #order}, then n. */
        private final int[] runs;
        /** Pairs tied in y. */
        private final long n2;

        private Against(double[] y) {
            n = y.length;
            // indices by y: each index packed under y's dense rank, so one primitive sort orders them
            int[] rank = denseRanks(y);
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = (long) rank[i] * n + i;
            }
            Arrays.sort(keys);
            order = new int[n];
            int[] starts = new int[n + 1];
            int count = 0;
            long tied = 0;
            for (int k = 0; k < n; k++) {
                order[k] = (int) (keys[k] % n);
                if (k == 0 || keys[k] / n != keys[k - 1] / n) {
                    if (count > 0) {
                        long run = k - starts[count - 1];
                        tied += run * (run - 1) / 2;
                    }
                    starts[count++] = k;
                }
            }
            if (count > 0) {
                long run = n - starts[count - 1];
                tied += run * (run - 1) / 2;
            }
            starts[count] = n;
            runs = Arrays.copyOf(starts, count + 1);
            n2 = tied;
        }

        /** Number of pairs. */
        public int size() {
            return n;
        }

        /**
         * τ_b of {@code x} and this y, in [−1, 1], or NaN when undefined.
         *
         * @throws IllegalArgumentException when the length differs or a value is not finite
         */
        public double of(double[] x) {
            if (x.length != n) {
                throw new IllegalArgumentException("paired samples must have equal lengths, got " + x.length + " and "
                        + n);
            }
            Checks.finite(x, "x");
            return tau(x);
        }

        private double tau(double[] x) {
            if (n < 2) {
                return Double.NaN;
            }
            // x in (y, x) order: y's order, then each run of tied y sorted by x
            double[] xs = new double[n];
            for (int k = 0; k < n; k++) {
                xs[k] = x[order[k]] + 0.0; // -0.0 and 0.0 tie
            }
            long n3 = 0;
            for (int r = 0; r + 1 < runs.length; r++) {
                int from = runs[r];
                int to = runs[r + 1];
                if (to - from > 1) {
                    Arrays.sort(xs, from, to);
                    n3 += tiedPairs(xs, from, to);
                }
            }
            long n0 = (long) n * (n - 1) / 2;
            long exchanges = mergeSortCountingExchanges(xs, new double[n], 0, n);
            long n1 = tiedPairs(xs, 0, n); // xs is sorted now
            if (n1 == n0 || n2 == n0) {
                return Double.NaN;
            }
            double numerator = (double) (n0 - n1 - n2 + n3) - 2.0 * exchanges;
            double tau = numerator / Math.sqrt((double) (n0 - n1) * (double) (n0 - n2));
            return Math.max(-1, Math.min(1, tau));
        }
    }

    /** Pairs of equal values in the sorted {@code a[from, to)}. */
    private static long tiedPairs(double[] a, int from, int to) {
        long pairs = 0;
        long run = 1;
        for (int i = from + 1; i <= to; i++) {
            if (i < to && a[i] == a[i - 1]) {
                run++;
            } else {
                pairs += run * (run - 1) / 2;
                run = 1;
            }
        }
        return pairs;
    }

    /**
     * Sorts {@code a[from, to)} ascending and returns the number of exchanges a bubble sort would make (pairs
     * {@code i < j} with {@code a[i] > a[j]}; equal values are not exchanged).
     */
    private static long mergeSortCountingExchanges(double[] a, double[] tmp, int from, int to) {
        if (to - from <= INSERTION) {
            // insertion sort: each step past a strictly greater value is one exchange
            long s = 0;
            for (int i = from + 1; i < to; i++) {
                double v = a[i];
                int j = i;
                while (j > from && a[j - 1] > v) {
                    a[j] = a[j - 1];
                    j--;
                }
                s += i - j;
                a[j] = v;
            }
            return s;
        }
        int mid = (from + to) >>> 1;
        long s = mergeSortCountingExchanges(a, tmp, from, mid) + mergeSortCountingExchanges(a, tmp, mid, to);
        if (a[mid - 1] <= a[mid]) {
            return s; // already in order
        }
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

    /** The rank of each value among the distinct values of {@code v} (0 for the least; -0.0 and 0.0 are equal). */
    private static int[] denseRanks(double[] v) {
        int n = v.length;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = v[i] + 0.0; // -0.0 + 0.0 is 0.0
        }
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[i] = Arrays.binarySearch(sorted, 0, distinct, v[i] + 0.0);
        }
        return rank;
    }
}
