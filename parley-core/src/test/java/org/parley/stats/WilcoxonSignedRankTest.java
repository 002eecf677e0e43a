package org.parley.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WilcoxonSignedRankTest {

    /**
     * R's documented example (Hollander &amp; Wolfe, depression scale before and after therapy):
     * {@code wilcox.test(x, y, paired = TRUE, alternative = "greater")} gives V = 40, p = 0.01953; two-sided the p
     * is twice that, 20/512 (the 10 subsets of {1..9} with sum ≤ 5, on each side).
     */
    @Test
    void hollanderWolfeDepressionData() {
        double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
        double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
        WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(x, y);
        assertEquals(9, r.n());
        assertEquals(40, r.wPlus());
        assertEquals(5, r.wMinus());
        assertTrue(r.exact());
        assertEquals(20.0 / 512, r.pValue(), 1e-15);
        assertEquals(0.0390625, r.pValue(), 1e-15);
        assertEquals(35.0 / 45, r.rankBiserial(), 1e-15);
    }

    @Test
    void exactTailsMatchCountingAllSignings() {
        for (int n = 1; n <= 12; n++) {
            int max = n * (n + 1) / 2;
            for (int v = 0; v <= max; v++) {
                long lower = 0;
                long upper = 0;
                for (int mask = 0; mask < 1 << n; mask++) {
                    int s = 0;
                    for (int k = 0; k < n; k++) {
                        s += (mask >> k & 1) == 1 ? k + 1 : 0;
                    }
                    lower += s <= v ? 1 : 0;
                    upper += s >= v ? 1 : 0;
                }
                double expected = Math.min(1, 2.0 * Math.min(lower, upper) / (1 << n));
                assertEquals(expected, WilcoxonSignedRank.exactP(n, v), 1e-15, "n = " + n + ", V = " + v);
            }
        }
        // the smallest two-sided p for n = 5 is 2/32: no test at 5% is possible below six pairs
        assertEquals(0.0625, WilcoxonSignedRank.exactP(5, 15), 1e-15);
    }

    /**
     * Ties and a zero: the normal approximation, computed here by hand. d = (2, −1, 3, 0, 2, 4, −2, 5): the zero is
     * dropped (n = 7); |d| = 2,1,3,2,4,2,5 ranks 1→1, 2→(2+3+4)/3 = 3, 3→5, 4→6, 5→7. W⁺ = 3+5+3+6+7 = 24, W⁻ = 1+3 = 4.
     * σ² = 7·8·15/24 − (3³ − 3)/48 = 35 − 0.5; z = (24 − 14 − 0.5)/√34.5.
     */
    @Test
    void tiesAndZerosUseTheCorrectedNormalApproximation() {
        WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(new double[] {2, -1, 3, 0, 2, 4, -2, 5});
        assertEquals(7, r.n());
        assertEquals(1, r.zeros());
        assertEquals(24, r.wPlus(), 1e-12);
        assertEquals(4, r.wMinus(), 1e-12);
        assertFalse(r.exact());
        double z = 9.5 / Math.sqrt(34.5);
        assertEquals(z, r.z(), 1e-12);
        assertEquals(2 * NormalDistribution.upperTail(z), r.pValue(), 1e-12);
        assertEquals(20.0 / 28, r.rankBiserial(), 1e-12);
    }

    @Test
    void allZerosSayNothing() {
        WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(new double[] {1, 2}, new double[] {1, 2});
        assertEquals(0, r.n());
        assertTrue(Double.isNaN(r.pValue()));
    }

    @Test
    void fiftyPairsUseTheApproximation() {
        double[] d = new double[50];
        for (int i = 0; i < 50; i++) {
            d[i] = (i + 1) * (i % 3 == 0 ? -1 : 1);
        }
        WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(d);
        assertFalse(r.exact());
        double wMinus = 0;
        for (int i = 0; i < 50; i += 3) {
            wMinus += i + 1;
        }
        assertEquals(wMinus, r.wMinus(), 1e-12);
        double diff = 1275 - wMinus - 637.5;
        assertEquals((diff - 0.5) / Math.sqrt(50 * 51 * 101 / 24.0), r.z(), 1e-12);
    }
}
