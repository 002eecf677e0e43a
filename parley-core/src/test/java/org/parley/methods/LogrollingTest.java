package org.parley.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.parley.analysis.Dominance;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.IntegerLinearEvaluator;

class LogrollingTest {

    private static final double TOL = 1e-15;

    /** Option 0 is A's best, option 1 B's; each party rates its best 1 and the other's 0, so stakes = weights. */
    private static double[][] opposed(int issues, boolean forA) {
        double[][] v = new double[issues][];
        for (int i = 0; i < issues; i++) {
            v[i] = forA ? new double[] {1, 0} : new double[] {0, 1};
        }
        return v;
    }

    /**
     * w_A = (0.5, 0.3, 0.2), w_B = (0.2, 0.3, 0.5): ρ = (2.5, 1, 0.4). Sequence (U_A, U_B): (0, 1), (0.5, 0.8),
     * (0.8, 0.5), (1, 0). The other four packages, {1} (0.3, 0.7), {2} (0.2, 0.5), {0, 2} (0.7, 0.3) and {1, 2}
     * (0.5, 0.2), are dominated. Trades: A gets 0 for 1 (rates 5/3 vs 2/3, gains 0.2 and 0.1), 0 for 2 (2.5 vs
     * 0.4, gains 0.3 and 0.3), 1 for 2 (1.5 vs 0.6, gains 0.1 and 0.2).
     */
    @Test
    void threeOpposedIssues() {
        Logrolling l = new Logrolling(new double[] {0.5, 0.3, 0.2}, new double[] {0.2, 0.3, 0.5}, opposed(3, true),
                opposed(3, false));
        assertEquals(List.of(0, 1, 2), l.order());
        assertEquals(2.5, l.issues().get(0).ratio(), TOL);
        assertEquals(2.5, l.issues().get(0).weightRatio(), TOL);
        List<Logrolling.Package> seq = l.sequence();
        double[][] expected = {{0, 1}, {0.5, 0.8}, {0.8, 0.5}, {1, 0}};
        for (int j = 0; j < 4; j++) {
            assertEquals(expected[j][0], seq.get(j).utilityA(), 1e-15, "package " + j);
            assertEquals(expected[j][1], seq.get(j).utilityB(), 1e-15, "package " + j);
            assertTrue(seq.get(j).efficient());
        }
        assertArrayEquals(new int[] {0, 1, 1}, seq.get(1).winner());
        assertArrayEquals(new int[] {0, 1, 1}, seq.get(1).options());
        assertEquals(4, l.efficientPackages().size());
        assertFalse(l.evaluate(new int[] {0, 1, 0}).efficient(), "{0, 2} is dominated");
        List<Logrolling.Trade> trades = l.trades();
        assertEquals(3, trades.size());
        Logrolling.Trade t01 = trades.get(0);
        assertEquals(0, t01.toA());
        assertEquals(1, t01.toB());
        assertEquals(5.0 / 3, t01.rateA(), TOL);
        assertEquals(2.0 / 3, t01.rateB(), TOL);
        assertEquals(0.2, t01.gainA(), 1e-15);
        assertEquals(0.1, t01.gainB(), 1e-15);
        assertTrue(t01.wholeSwapGainsBoth());
        assertEquals(1, trades.get(2).toA());
        assertEquals(2, trades.get(2).toB());
    }

    /**
     * Stakes, not weights, order the issues when the other's best is not one's worst. Issue 0: A values its best 1
     * and B's best 0.25, so s_A0 = 0.5·0.75 = 0.375; B the reverse, s_B0 = 0.5·1 = 0.5: ρ_0 = 0.75 although
     * w_A0/w_B0 = 1. Issue 1: A's best options tie (options 0 and 1), and the one B prefers, 1, is taken; s_A1 =
     * 0.5·1, s_B1 = 0.5·(1 − 0.5): ρ_1 = 2. Issue 2 is congruent (both prefer option 0) and never traded.
     */
    @Test
    void stakesTiesAndCongruentIssues() {
        double[][] va = {{1, 0.25}, {1, 1, 0}, {1, 0}};
        double[][] vb = {{0, 1}, {0, 0.5, 1}, {1, 0.3}};
        Logrolling l = new Logrolling(new double[] {0.5, 0.5, 0}, new double[] {0.5, 0.25, 0.25}, va, vb);
        Logrolling.IssueStakes s0 = l.issues().get(0);
        assertEquals(0.375, s0.stakeA(), 0.0);
        assertEquals(0.5, s0.stakeB(), 0.0);
        assertEquals(0.75, s0.ratio(), 0.0);
        assertEquals(1.0, s0.weightRatio(), 0.0);
        Logrolling.IssueStakes s1 = l.issues().get(1);
        assertEquals(1, s1.bestA());
        assertEquals(2, s1.bestB());
        assertEquals(0.5, s1.stakeA(), 0.0);
        assertEquals(0.125, s1.stakeB(), 0.0);
        assertTrue(l.issues().get(2).congruent());
        assertEquals(List.of(1, 0), l.order());
        Logrolling.Package first = l.sequence().get(0);
        assertArrayEquals(new int[] {1, 2, 0}, first.options());
        assertEquals(-1, first.winner()[2]);
        // U_B = 0.5·1 + 0.25·1 + 0.25·1 = 1; U_A = 0.5·0.25 + 0.5·0 + 0 = 0.125
        assertEquals(0.125, first.utilityA(), 0.0);
        assertEquals(1.0, first.utilityB(), 0.0);
    }

    /** From core utilities: a discrete issue (evaluations divided by their maximum) and an integer issue. */
    @Test
    void fromAdditiveUtilities() {
        Domain d = new Domain("d", List.of(
                new DiscreteIssue("ceasefire", List.of("full", "pauses")),
                new IntegerIssue("days", 0, 2)));
        AdditiveUtility a = new AdditiveUtility(d,
                new double[] {0.75, 0.25}, List.of(
                        new DiscreteEvaluator(Map.of("full", 8.0, "pauses", 2.0), true),
                        new IntegerLinearEvaluator(-0.5, 1)));
        AdditiveUtility b = new AdditiveUtility(d,
                new double[] {0.5, 0.5}, List.of(
                        new DiscreteEvaluator(Map.of("full", 0.0, "pauses", 4.0), true),
                        new IntegerLinearEvaluator(0.5, 0)));
        Logrolling l = Logrolling.of(a, b);
        // A: ceasefire stake 0.75·(1 − 0.25), days 0.25·(1 − 0); B: 0.5·1 and 0.5·1
        assertEquals(0.5625, l.issues().get(0).stakeA(), 0.0);
        assertEquals(0.25, l.issues().get(1).stakeA(), 0.0);
        assertEquals(0, l.issues().get(1).bestA());
        assertEquals(2, l.issues().get(1).bestB());
        assertEquals(List.of(0, 1), l.order());
        Logrolling.Package p = l.sequence().get(1);
        assertEquals(a.utility(p.options()), p.utilityA(), 0.0);
        assertEquals(b.utility(p.options()), p.utilityB(), 0.0);
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Logrolling(new double[] {1}, new double[] {1}, new double[][] {{1.5, 0}},
                        new double[][] {{0, 1}}));
        assertEquals("valuesA[0][0] must lie in [0.0, 1.0], got 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Logrolling(new double[] {1}, new double[] {1},
                new double[][] {{1, 0}}, new double[][] {{0, 1, 0}}));
        assertThrows(IllegalArgumentException.class, () -> new Logrolling(new double[] {0}, new double[] {1},
                new double[][] {{1, 0}}, new double[][] {{0, 1}}));
        Logrolling l = new Logrolling(new double[] {1}, new double[] {1}, opposed(1, true), opposed(1, false));
        IllegalArgumentException w = assertThrows(IllegalArgumentException.class, () -> l.evaluate(new int[] {-1}));
        assertEquals("the winner of tradable issue 0 must be 0 (A) or 1 (B), got -1", w.getMessage());
        assertThrows(IllegalArgumentException.class, () -> l.evaluate(new int[2]));
    }

    /**
     * Seeded random cases with dyadic weights (k/16) and values (k/8), so every sum is exact: the efficient set
     * and counts equal brute force over all 2^T packages, each package's flag is right, and the sequence is
     * efficient except where an end issue has ρ = ∞ (or 0) next to it.
     */
    @Property(tries = 800, seed = "1981")
    void matchesBruteForce(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 1 + r.nextInt(7);
        double[] wa = dyadicWeights(r, n);
        double[] wb = dyadicWeights(r, n);
        double[][] va = new double[n][];
        double[][] vb = new double[n][];
        for (int i = 0; i < n; i++) {
            int k = 1 + r.nextInt(3);
            va[i] = new double[k];
            vb[i] = new double[k];
            for (int o = 0; o < k; o++) {
                va[i][o] = r.nextInt(9) / 8.0;
                vb[i][o] = r.nextInt(9) / 8.0;
            }
        }
        Logrolling l = new Logrolling(wa, wb, va, vb);
        String msg = "seed " + seed;
        List<Integer> tradable = l.order();
        int t = tradable.size();
        List<double[]> all = new ArrayList<>();
        List<Logrolling.Package> packages = new ArrayList<>();
        for (int mask = 0; mask < 1 << t; mask++) {
            int[] w = new int[n];
            java.util.Arrays.fill(w, -1);
            for (int k = 0; k < t; k++) {
                w[tradable.get(k)] = (mask >> k & 1) == 1 ? 0 : 1;
            }
            Logrolling.Package p = l.evaluate(w);
            double ua = 0;
            double ub = 0;
            for (int i = n - 1; i >= 0; i--) {
                ua += wa[i] * va[i][p.options()[i]];
                ub += wb[i] * vb[i][p.options()[i]];
            }
            assertEquals(ua, p.utilityA(), 0.0, msg);
            assertEquals(ub, p.utilityB(), 0.0, msg);
            all.add(new double[] {ua, ub});
            packages.add(p);
        }
        Map<String, BigInteger> efficient = new HashMap<>();
        for (int x = 0; x < all.size(); x++) {
            boolean dominated = false;
            for (double[] other : all) {
                dominated |= Dominance.dominates(other, all.get(x));
            }
            assertEquals(!dominated, packages.get(x).efficient(), msg + " package " + packages.get(x));
            if (!dominated) {
                efficient.merge(all.get(x)[0] + "," + all.get(x)[1], BigInteger.ONE, BigInteger::add);
            }
        }
        assertEquals(efficient.size(), l.efficientPackages().size(), msg);
        for (Logrolling.EfficientPoint p : l.efficientPackages()) {
            String key = p.representative().utilityA() + "," + p.representative().utilityB();
            assertEquals(efficient.get(key), p.count(), msg + " " + key);
            assertTrue(p.representative().efficient(), msg);
        }
        List<Logrolling.Package> seq = l.sequence();
        assertEquals(t + 1, seq.size(), msg);
        for (int j = 0; j <= t; j++) {
            boolean nextInfinite = j < t && l.issues().get(tradable.get(j)).stakeB() == 0;
            boolean lastZero = j > 0 && l.issues().get(tradable.get(j - 1)).stakeA() == 0;
            assertEquals(!nextInfinite && !lastZero, seq.get(j).efficient(), msg + " sequence " + j);
        }
        for (Logrolling.Trade trade : l.trades()) {
            assertTrue(trade.rateA() > trade.rateB(), msg + " " + trade);
        }
    }

    private static double[] dyadicWeights(SplittableRandom r, int n) {
        double[] w = new double[n];
        int left = 16;
        for (int i = 0; i < n - 1; i++) {
            int k = r.nextInt(left + 1);
            w[i] = k / 16.0;
            left -= k;
        }
        w[n - 1] = left / 16.0;
        return w;
    }
}
