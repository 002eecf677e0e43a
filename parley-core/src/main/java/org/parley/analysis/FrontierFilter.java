package org.parley.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Batch Pareto filter: keeps the non-dominated vectors of a list, merging equal ones. Sorted lexicographically
 * descending, a vector can only be dominated by one kept before it: two parties are swept, three ask
 * {@link ThreePartyPruning}, four or more {@link KeptPointTree}.
 */
final class FrontierFilter {

    private FrontierFilter() {
    }

    /**
     * The distinct non-dominated vectors among {@code vectors}, sorted lexicographically descending; each keeps the
     * outcome of its first occurrence (in sorted order) and the sum of the counts of the equal vectors.
     */
    static List<ParetoFrontier.Point> filter(List<double[]> vectors, List<int[]> outcomes, List<BigInteger> counts) {
        Integer[] order = new Integer[vectors.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Dominance.LEX_DESCENDING.compare(vectors.get(a), vectors.get(b)));
        List<double[]> keptVectors = new ArrayList<>();
        List<int[]> keptOutcomes = new ArrayList<>();
        List<BigInteger> keptCounts = new ArrayList<>();
        double bestSecond = Double.NEGATIVE_INFINITY;
        int m = vectors.isEmpty() ? 0 : vectors.get(0).length;
        // three or more parties: the staircases or the k-d tree, with no margin and every advantage counting, ask
        // "does a kept vector dominate v" without comparing v with each (41,204 vectors of 26 parties: 9 s pairwise)
        KeptVectors kept = m > 2 ? KeptVectors.forParties(m, 0.0) : null;
        boolean[] every = new boolean[m];
        Arrays.fill(every, true);
        for (int idx : order) {
            double[] v = vectors.get(idx);
            int last = keptVectors.size() - 1;
            if (last >= 0 && Arrays.equals(keptVectors.get(last), v)) {
                keptCounts.set(last, keptCounts.get(last).add(counts.get(idx)));
                continue;
            }
            boolean dominated = false;
            if (v.length == 1) {
                dominated = last >= 0;
            } else if (v.length == 2) {
                dominated = !(v[1] > bestSecond); // sorted by u1 descending: an earlier point with u2 ≥ v2 dominates
            } else {
                dominated = kept.prunedElseKept(v, 0, every);
            }
            if (!dominated) {
                bestSecond = v.length == 2 ? Math.max(bestSecond, v[1]) : bestSecond;
                keptVectors.add(v);
                keptOutcomes.add(outcomes.get(idx));
                keptCounts.add(counts.get(idx));
            }
        }
        List<ParetoFrontier.Point> points = new ArrayList<>(keptVectors.size());
        for (int q = 0; q < keptVectors.size(); q++) {
            points.add(new ParetoFrontier.Point(keptVectors.get(q), keptOutcomes.get(q), keptCounts.get(q)));
        }
        return points;
    }
}
