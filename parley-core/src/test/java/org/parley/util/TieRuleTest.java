package org.parley.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TieRuleTest {

    private static Optional<double[]> bestBy(List<double[]> points, java.util.function.ToDoubleFunction<double[]> f) {
        return TieRule.best(points, f, u -> u);
    }

    private static double min(double[] u) {
        return Math.min(u[0], u[1]);
    }

    @Test
    void toleranceIsOneInABillionRelativeAboveOne() {
        assertTrue(Tolerance.close(0.5966666666666668, 0.5966666666666667));
        assertTrue(Tolerance.close(1.735, 1.7349999999999999));
        assertTrue(Tolerance.close(0.5, 0.5 + 1e-9));
        assertFalse(Tolerance.close(0.5, 0.5 + 2e-9));
        assertTrue(Tolerance.close(1e6, 1e6 + 1e-4));
        assertFalse(Tolerance.close(1e6, 1e6 + 1e-2));
        assertFalse(Tolerance.close(Double.NaN, Double.NaN));
        assertFalse(Tolerance.close(0.5, Double.POSITIVE_INFINITY));
        assertTrue(Tolerance.close(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertEquals(0, Tolerance.compare(0.1 + 0.2, 0.3));
        assertEquals(-1, Tolerance.compare(0.3, 0.31));
    }

    /** The labour case: employer 0.5966666666666668 beat 0.5966666666666667; now the larger welfare wins. */
    @Test
    void nearTieGoesToLargerWelfare() {
        double[] ks = {0.56, 0.5966666666666668};
        double[] nash = {0.5725, 0.5966666666666667};
        assertSame(nash, bestBy(List.of(ks, nash), u -> u[1]).orElseThrow());
        assertSame(nash, bestBy(List.of(nash, ks), u -> u[1]).orElseThrow());
    }

    /** Grocery's max welfare: 1.7349999999999999 and 1.735 tie, and so do the sums; the smaller first utility wins. */
    @Test
    void equalWelfareGoesToSmallerFirstUtility() {
        double[] a = {0.96, 0.775};
        double[] b = {0.8400000000000001, 0.895};
        assertSame(b, bestBy(List.of(a, b), TieRule::welfare).orElseThrow());
        assertSame(b, bestBy(List.of(b, a), TieRule::welfare).orElseThrow());
        double[] c = {0.6, 0.8};
        double[] d = {0.8, 0.6};
        assertSame(c, bestBy(List.of(d, c), TieRuleTest::min).orElseThrow());
    }

    @Test
    void scoresApartByMoreThanTheToleranceAreNotTies() {
        double[] low = {0.9, 0.5};
        double[] high = {0.1, 0.5 + 2e-9};
        assertSame(high, bestBy(List.of(low, high), u -> u[1]).orElseThrow());
        assertTrue(bestBy(List.of(), u -> u[1]).isEmpty());
        assertTrue(bestBy(List.of(low), u -> Double.NaN).isEmpty());
    }

    /** {@link TieRule#rank} is repeated {@link TieRule#best}; the pairwise comparator agrees with it. */
    @Test
    void rankAndComparatorAgreeWithBest() {
        SplittableRandom r = new SplittableRandom(42);
        for (int t = 0; t < 200; t++) {
            List<double[]> points = gridPoints(r, 2 + r.nextInt(3), 2 + r.nextInt(10));
            List<double[]> ranked = TieRule.rank(points, TieRuleTest::min, u -> u);
            assertEquals(points.size(), ranked.size());
            assertSame(bestBy(points, TieRuleTest::min).orElseThrow(), ranked.get(0), "try " + t);
            var pref = TieRule.<double[]>preference(TieRuleTest::min, u -> u);
            for (int k = 1; k < ranked.size(); k++) {
                assertTrue(pref.compare(ranked.get(k - 1), ranked.get(k)) >= 0, "try " + t);
            }
        }
    }

    /**
     * Seeded random sets of points on a grid of sixths, so that many utilities are equal up to rounding: for monotone
     * scores (smallest utility, product, sum), the chosen point is never beaten by another point by more than
     * rounding for one party and matched for the others; its score is the best to 1e-9; and the choice does not
     * depend on the order of the points.
     */
    @Test
    void chosenPointIsNeverDominatedAndOrderDoesNotMatter() {
        long seed = 8_2026L;
        SplittableRandom r = new SplittableRandom(seed);
        Random shuffle = new Random(seed);
        List<java.util.function.ToDoubleFunction<double[]>> scores = List.of(TieRuleTest::min, TieRule::welfare,
                u -> u[0] * u[1]);
        for (int t = 0; t < 2000; t++) {
            List<double[]> points = gridPoints(r, 2, 2 + r.nextInt(12));
            for (var score : scores) {
                double[] chosen = bestBy(points, score).orElseThrow();
                double top = Double.NEGATIVE_INFINITY;
                for (double[] q : points) {
                    top = Math.max(top, score.applyAsDouble(q));
                    assertFalse(dominates(q, chosen), "seed " + seed + " try " + t);
                }
                assertEquals(top, score.applyAsDouble(chosen), 1e-9, "seed " + seed + " try " + t);
                List<double[]> shuffled = new ArrayList<>(points);
                Collections.shuffle(shuffled, shuffle);
                double[] again = bestBy(shuffled, score).orElseThrow();
                for (int j = 0; j < chosen.length; j++) {
                    assertEquals(chosen[j], again[j], 1e-9, "seed " + seed + " try " + t);
                }
            }
        }
    }

    static boolean dominates(double[] q, double[] p) {
        boolean strict = false;
        for (int j = 0; j < p.length; j++) {
            if (q[j] < p[j] - Tolerance.EPS) {
                return false;
            }
            strict |= q[j] > p[j] + Tolerance.EPS;
        }
        return strict;
    }

    /** Points whose utilities are sums of sixths computed in different orders: equal values differ by rounding. */
    static List<double[]> gridPoints(SplittableRandom r, int parties, int n) {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double[] u = new double[parties];
            for (int j = 0; j < parties; j++) {
                int a = r.nextInt(4);
                int b = r.nextInt(3);
                u[j] = r.nextBoolean() ? a / 6.0 + b / 6.0 + 0.1 : 0.1 + b / 6.0 + a / 6.0;
            }
            out.add(u);
        }
        return out;
    }
}
