package org.parley.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProportionalAllocationTest {

    /** Bob and Carol's bids (see AdjustedWinnerTest): every item split in proportion to the bids. */
    @Test
    void splitsEveryItemInProportion() {
        Allocation x = ProportionalAllocation.allocate(new double[] {50, 20, 15, 10, 5},
                new double[] {40, 30, 10, 10, 10});
        assertArrayEquals(new double[] {50.0 / 90, 20.0 / 50, 15.0 / 25, 0.5, 5.0 / 15}, x.shareToA(), 0.0);
        // A: 2500/90 + 400/50 + 225/25 + 5 + 25/15 = 463/9; B: 1600/90 + 900/50 + 100/25 + 5 + 100/15 = 463/9
        assertEquals(463.0 / 9, x.totalA(), 1e-12);
        assertEquals(463.0 / 9, x.totalB(), 1e-12);
        assertEquals(5, x.splitItems().size());
        assertTrue(x.equitable());
        assertTrue(x.envyFree());
        assertFalse(x.efficient());
        // Adjusted Winner gives both 170/3 = 56.67 > 463/9 = 51.44
        assertTrue(AdjustedWinner.allocate(x.pointsA(), x.pointsB()).totalA() > x.totalA());
        assertTrue(GreedyOptimum.improvable(x));
    }

    @Test
    void halvesAnItemWorthNothingToBoth() {
        Allocation x = ProportionalAllocation.allocate(new double[] {0, 100}, new double[] {0, 100});
        assertArrayEquals(new double[] {0.5, 0.5}, x.shareToA(), 0.0);
        assertThrows(IllegalArgumentException.class,
                () -> ProportionalAllocation.allocate(new double[] {1, 2}, new double[] {1}));
    }

    /** With equal totals the proportional division is equitable and envy-free. */
    @Test
    void isEquitableAndEnvyFreeWithEqualTotals() {
        long seed = 78;
        SplittableRandom r = new SplittableRandom(seed);
        for (int t = 0; t < 2000; t++) {
            int k = 1 + r.nextInt(6);
            Allocation x = ProportionalAllocation.allocate(AdjustedWinnerTest.randomPoints(r, k),
                    AdjustedWinnerTest.randomPoints(r, k));
            assertTrue(x.equitable() && x.envyFree() && x.proportional(), "seed " + seed + " trial " + t + ": " + x);
        }
    }

    /** {@link Allocation#efficient()} agrees with the greedy knapsack reference on random divisions. */
    @Test
    void efficiencyCheckMatchesGreedyReference() {
        long seed = 77;
        SplittableRandom r = new SplittableRandom(seed);
        for (int t = 0; t < 5000; t++) {
            int k = 1 + r.nextInt(5);
            double[] a = AdjustedWinnerTest.randomPoints(r, k);
            double[] b = AdjustedWinnerTest.randomPoints(r, k);
            double[] s = new double[k];
            for (int i = 0; i < k; i++) {
                int c = r.nextInt(4);
                s[i] = c == 0 ? 0 : c == 1 ? 1 : c == 2 ? 0.5 : r.nextDouble();
            }
            Allocation x = new Allocation(a, b, s);
            assertEquals(!GreedyOptimum.improvable(x), x.efficient(), "seed " + seed + " trial " + t + ": " + x);
        }
    }
}
