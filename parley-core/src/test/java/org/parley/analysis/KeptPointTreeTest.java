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
 * {@link KeptPointTree} answers as comparing the candidate with every kept point under the frontier's rule: every
 * utility at least the candidate's, and one that counts for it more than delta above.
 */
class KeptPointTreeTest {

    /** The rule, point by point. */
    private static boolean prunes(double[] f, double[] p, double delta, boolean[] counts) {
        boolean strict = false;
        for (int j = 0; j < p.length; j++) {
            if (f[j] < p[j]) {
                return false;
            }
            strict |= counts[j] && f[j] > p[j] + delta;
        }
        return strict;
    }

    @Test
    void textbookCases() {
        KeptPointTree t = new KeptPointTree(4, 0.0);
        boolean[] all = {true, true, true, true};
        assertFalse(t.pruned(new double[] {1, 1, 1, 1}, all), "nothing kept");
        t.keep(new double[] {3, 1, 1, 1});
        t.keep(new double[] {2, 2, 2, 2});
        t.keep(new double[] {2, 0, 3, 0});
        assertTrue(t.pruned(new double[] {2, 2, 2, 1}, all), "(2, 2, 2, 2) is better in the fourth");
        assertFalse(t.pruned(new double[] {2, 2, 2, 2}, all), "equal is not pruned");
        assertFalse(t.pruned(new double[] {2, 2, 2, 1}, new boolean[] {true, true, true, false}),
                "only its fourth is better");
        assertFalse(t.pruned(new double[] {1, 1, 3, 1}, all), "no kept point has 3 of the third and 1 of the others");
        assertTrue(t.pruned(new double[] {1, 0, 3, 0}, all), "(2, 0, 3, 0) is better in the first");
        assertFalse(t.pruned(new double[] {1, 0, 3, 0}, new boolean[] {false, true, true, true}),
                "the first does not count, and nothing is better elsewhere");
        KeptPointTree margin = new KeptPointTree(4, 0.5);
        margin.keep(new double[] {1.4, 1.4, 1.4, 1.4});
        assertFalse(margin.pruned(new double[] {1, 1, 1, 1}, all), "better by less than the margin everywhere");
        assertTrue(margin.pruned(new double[] {1, 1, 1, 0.8}, all), "better by more than the margin in the fourth");
    }

    /**
     * Seeded random points in 1 or 4 to 7 parties on coarse grids (many ties, points closer than the margin, -0.0) or
     * zero-sum-like (each party's utilities ordered against the next's, which chains the tree), sorted as the
     * frontier sorts them, random counting utilities: the tree and the pairwise rule keep the same points.
     */
    @Test
    void agreesWithThePairwiseRuleOnSeededPoints() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            int m = r.nextInt(5) == 0 ? 1 : 4 + r.nextInt(4);
            int n = 1 + r.nextInt(400);
            int grid = 2 + r.nextInt(20);
            double delta = r.nextBoolean() ? 0.0 : 1.0 / (1 + r.nextInt(3 * grid));
            boolean chained = r.nextInt(4) == 0;
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double[] p = new double[m];
                for (int j = 0; j < m; j++) {
                    p[j] = chained && j > 0 ? grid - p[j - 1] * grid : r.nextInt(grid + 1);
                    p[j] /= grid;
                    if (p[j] == 0.0 && r.nextBoolean()) {
                        p[j] = -0.0;
                    }
                }
                points.add(p);
            }
            points.sort(Dominance.LEX_DESCENDING);
            KeptPointTree tree = new KeptPointTree(m, delta);
            List<double[]> kept = new ArrayList<>();
            for (double[] p : points) {
                boolean[] counts = new boolean[m];
                for (int j = 0; j < m; j++) {
                    counts[j] = r.nextInt(4) > 0;
                }
                boolean expected = false;
                for (double[] f : kept) {
                    expected |= prunes(f, p, delta, counts);
                }
                assertEquals(expected, tree.pruned(p, counts),
                        "seed " + seed + ", point " + Arrays.toString(p) + ", counts " + Arrays.toString(counts));
                if (!expected) {
                    kept.add(p);
                    tree.keep(p);
                }
            }
        }
    }
}
