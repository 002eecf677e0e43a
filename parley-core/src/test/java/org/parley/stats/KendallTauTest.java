package org.parley.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KendallTauTest {

    /** τ_b by its definition, over all pairs: the reference for the O(n log n) algorithm. */
    static double bruteForce(double[] x, double[] y) {
        long c = 0;
        long d = 0;
        long tx = 0;
        long ty = 0;
        long n0 = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                n0++;
                double s = Math.signum(x[i] - x[j]) * Math.signum(y[i] - y[j]);
                c += s > 0 ? 1 : 0;
                d += s < 0 ? 1 : 0;
                tx += x[i] == x[j] ? 1 : 0;
                ty += y[i] == y[j] ? 1 : 0;
            }
        }
        return (c - d) / Math.sqrt((double) (n0 - tx) * (n0 - ty));
    }

    @Test
    void scipysDocumentedExample() {
        // scipy.stats.kendalltau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]) -> -0.47140452079103173 (C = 2, D = 6,
        // 2 pairs tied in x, 1 in y: -4/√(8·9))
        double tau = KendallTau.of(new double[] {12, 2, 1, 12, 2}, new double[] {1, 4, 7, 1, 0});
        assertEquals(-0.47140452079103173, tau, 1e-15);
        assertEquals(-4 / Math.sqrt(72), tau, 1e-15);
    }

    @Test
    void withoutTiesItIsTauA() {
        // 4 pairs in x order; y = 1 3 2 4: one discordant pair of 6 -> (5 - 1)/6
        assertEquals(4.0 / 6, KendallTau.of(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4}), 1e-15);
        assertEquals(-1, KendallTau.of(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-15);
    }

    @Test
    void undefinedForAConstant() {
        assertTrue(Double.isNaN(KendallTau.of(new double[] {1, 2, 3}, new double[] {0, 0, 0})));
        assertTrue(Double.isNaN(KendallTau.of(new double[] {1}, new double[] {0})));
    }

    @Test
    void matchesTheDefinitionOnRandomDataWithTies() {
        long seed = 20261214L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + random.nextInt(60);
            int levels = 1 + random.nextInt(8);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(levels) * 0.1;
                y[i] = random.nextBoolean() ? x[i] + random.nextInt(3) : random.nextInt(levels);
            }
            double expected = bruteForce(x, y);
            double actual = KendallTau.of(x, y);
            if (Double.isNaN(expected)) {
                assertTrue(Double.isNaN(actual), "seed " + seed + " trial " + trial);
            } else {
                assertEquals(expected, actual, 1e-12, "seed " + seed + " trial " + trial);
            }
        }
    }

    @Test
    void matchesTheDefinitionOnLargeSamplesWithSignedZerosAndContinuousValues() {
        long seed = 20261201L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 6; trial++) {
            int n = 500 + random.nextInt(2500);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                // a third tied on a few levels (with -0.0 beside 0.0), the rest continuous
                x[i] = random.nextInt(3) == 0 ? (random.nextBoolean() ? -0.0 : random.nextInt(4) * 0.25)
                        : random.nextDouble() * 2 - 1;
                y[i] = random.nextInt(3) == 0 ? (random.nextBoolean() ? -0.0 : 0.0) : x[i] * 0.5 + random.nextDouble();
            }
            assertEquals(bruteForce(x, y), KendallTau.of(x, y), 1e-12, "seed " + seed + " trial " + trial);
        }
    }

    @Test
    void aPreparedYGivesTheDefinitionForEveryX() {
        long seed = 20261202L;
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[400];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextInt(5) == 0 ? random.nextInt(3) * 0.5 : random.nextDouble();
        }
        KendallTau.Against against = KendallTau.against(y);
        for (int trial = 0; trial < 20; trial++) {
            double[] x = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = trial % 5 == 0 ? 0.25 : random.nextBoolean() ? y[i] + random.nextInt(2) : random.nextInt(6);
            }
            double expected = bruteForce(x, y);
            if (Double.isNaN(expected)) {
                assertTrue(Double.isNaN(against.of(x)), "seed " + seed + " trial " + trial);
            } else {
                assertEquals(expected, against.of(x), 1e-12, "seed " + seed + " trial " + trial);
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> against.of(new double[3]));
        assertEquals("paired samples must have equal lengths, got 3 and 400", e.getMessage());
    }
}
