package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ThreePartyPruning} answers as comparing the candidate with every kept point under the frontier's rule: all
 * three utilities at least the candidate's, and one that counts for it more than delta above.
 */
class ThreePartyPruningTest {

    /** The rule, point by point. */
    private static boolean prunes(double[] f, double[] p, double delta, boolean[] counts) {
        boolean strict = false;
        for (int j = 0; j < 3; j++) {
            if (f[j] < p[j]) {
                return false;
            }
            strict |= counts[j] && f[j] > p[j] + delta;
        }
        return strict;
    }

    /** Whether (3, 1, 1) and (2, 2, 2), kept, prune p (a fresh index per question: candidates come in order). */
    private static boolean prunedByTwo(double delta, double[] p, boolean... counts) {
        ThreePartyPruning t = new ThreePartyPruning(delta);
        t.keep(3, 1, 1);
        t.keep(2, 2, 2);
        return t.pruned(p[0], p[1], p[2], counts);
    }

    @Test
    void textbookCases() {
        assertTrue(prunedByTwo(0, new double[] {2, 2, 1}, true, true, true), "(2, 2, 2) is better in the third");
        assertFalse(prunedByTwo(0, new double[] {2, 2, 2}, true, true, true), "equal is not pruned");
        assertFalse(prunedByTwo(0, new double[] {1, 3, 0}, true, true, true), "better in the second than both");
        assertTrue(prunedByTwo(0, new double[] {1, 1, 1}, true, true, true), "as good in all, better in the first");
        assertFalse(prunedByTwo(0, new double[] {1, 1, 1}, false, false, false), "no advantage counts");
        assertTrue(prunedByTwo(0, new double[] {1, 2, 2}, true, false, false), "(2, 2, 2) is better in the first");
        assertFalse(prunedByTwo(0, new double[] {2, 2, 1}, true, true, false), "only its third is better");
        assertFalse(prunedByTwo(0, new double[] {2, 1.5, 1}, true, false, false), "(3, 1, 1) has less of the second");
        assertFalse(prunedByTwo(1.5, new double[] {2, 1, 1}, true, true, true), "better by less than the margin");
        assertTrue(prunedByTwo(0.5, new double[] {1, 1, 1}, true, true, true), "better by more than the margin");
        assertTrue(prunedByTwo(1.5, new double[] {1, 0, 0}, false, true, false), "(2, 2, 2): 2 more of the second");
    }

    /**
     * Seeded random points on coarse grids (many ties, points closer than the margin, -0.0), sorted as the frontier
     * sorts them, random counting utilities: the index and the pairwise rule keep the same points.
     */
    @Test
    void agreesWithThePairwiseRuleOnSeededPoints() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            int n = 1 + r.nextInt(400);
            int grid = 2 + r.nextInt(20);
            double delta = r.nextBoolean() ? 0.0 : 1.0 / (1 + r.nextInt(3 * grid));
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double[] p = new double[3];
                for (int j = 0; j < 3; j++) {
                    p[j] = r.nextInt(grid + 1) / (double) grid;
                    if (p[j] == 0.0 && r.nextBoolean()) {
                        p[j] = -0.0;
                    }
                }
                points.add(p);
            }
            points.sort(Dominance.LEX_DESCENDING);
            ThreePartyPruning index = new ThreePartyPruning(delta);
            List<double[]> kept = new ArrayList<>();
            for (double[] p : points) {
                boolean[] counts = {r.nextInt(4) > 0, r.nextInt(4) > 0, r.nextInt(4) > 0};
                boolean expected = false;
                for (double[] f : kept) {
                    expected |= prunes(f, p, delta, counts);
                }
                assertEquals(expected, index.pruned(p[0], p[1], p[2], counts),
                        "seed " + seed + ", point " + Arrays.toString(p) + ", counts " + Arrays.toString(counts));
                if (!expected) {
                    kept.add(p);
                    index.keep(p[0], p[1], p[2]);
                }
            }
        }
    }
}
