package org.parley.methods;

import java.util.ArrayList;
import java.util.List;

/**
 * Reference Pareto test for two-party divisible allocations, independent of {@link Allocation#efficient()}: the
 * most A can get while B keeps at least β is a fractional knapsack, solved greedily by handing B the items that
 * cost A least per point of B (increasing {@code a/b}); symmetrically for B.
 */
final class GreedyOptimum {

    private GreedyOptimum() {
    }

    /** True when some division gives one party more and the other at least as much (beyond 1e-9). */
    static boolean improvable(Allocation x) {
        double[] a = x.pointsA();
        double[] b = x.pointsB();
        return maxFirst(a, b, x.totalB()) > x.totalA() + 1e-9 || maxFirst(b, a, x.totalA()) > x.totalB() + 1e-9;
    }

    /** max Σ f_k s_k subject to Σ g_k (1 − s_k) ≥ need. */
    static double maxFirst(double[] f, double[] g, double need) {
        List<Integer> order = new ArrayList<>();
        double value = 0;
        for (int k = 0; k < f.length; k++) {
            value += f[k];
            if (g[k] > 0) {
                order.add(k);
            }
        }
        order.sort((i, j) -> Double.compare(f[i] * g[j], f[j] * g[i]));
        double got = 0;
        for (int k : order) {
            if (got >= need) {
                break;
            }
            double t = Math.min(1, (need - got) / g[k]);
            got += t * g[k];
            value -= t * f[k];
        }
        return value;
    }
}
