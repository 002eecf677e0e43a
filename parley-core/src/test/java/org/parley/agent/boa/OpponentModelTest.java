package org.parley.agent.boa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.parley.domain.Domain;

/** The two opponent models on hand-worked examples. */
class OpponentModelTest {

    private static final double EPS = 1e-12;

    /**
     * 3 issues × 4 values, l = 0.2: n = 3, γ = 1/15. Bids b1 = (0,0,0), b2 = (0,1,0), b3 = (0,1,2).
     *
     * <pre>
     * b1: remembered only; w = (1/3, 1/3, 1/3), every count 1.
     * b2 vs b1: S = {0, 2}, s = 2, total = 1 + 2/15 = 17/15, w_max = 1 − (3/15)/(17/15) = 14/17.
     *     w0 = w2 = (1/3 + 1/15)·15/17 = 6/17 (both below 14/17); w1 = (1/3)·15/17 = 5/17.
     *     counts: c0(0) = 2, c1(1) = 2, c2(0) = 2.
     * b3 vs b2: S = {0, 1}, s = 2, total = 17/15, w_max = 14/17.
     *     w0 = (6/17 + 1/15)·15/17 = (90 + 17)/289 = 107/289
     *     w1 = (5/17 + 1/15)·15/17 = (75 + 17)/289 = 92/289
     *     w2 = (6/17)·15/17 = 90/289                        (sum 289/289 = 1)
     *     counts: c0(0) = 3, c1(1) = 3, c2(2) = 2; c2(0) = 2; all others 1 (b1's values were never counted).
     *     maxima: 3, 3, 2.
     * Û(0,1,0) = 107/289 + 92/289 + 90/289·2/2 = 1
     * Û(1,0,3) = 107/289·1/3 + 92/289·1/3 + 90/289·1/2 = (199 + 135)/867 = 334/867
     * Û(0,2,2) = 107/289 + 92/289·1/3 + 90/289 = (321 + 92 + 270)/867 = 683/867
     * </pre>
     */
    @Test
    void hardHeadedThreeBids() {
        HardHeadedFrequencyModel m = new HardHeadedFrequencyModel();
        m.init(BoaFixtures.domain(3, 4));
        assertEquals(1.0, m.evaluate(new int[] {3, 2, 1}), EPS); // all counts 1: everything looks perfect
        m.update(new int[] {0, 0, 0}, 0.1);
        assertEquals(1.0 / 3, m.weight(0), EPS);
        assertEquals(1, m.count(0, 0));
        m.update(new int[] {0, 1, 0}, 0.2);
        assertEquals(6.0 / 17, m.weight(0), EPS);
        assertEquals(5.0 / 17, m.weight(1), EPS);
        assertEquals(6.0 / 17, m.weight(2), EPS);
        m.update(new int[] {0, 1, 2}, 0.3);
        assertEquals(107.0 / 289, m.weight(0), EPS);
        assertEquals(92.0 / 289, m.weight(1), EPS);
        assertEquals(90.0 / 289, m.weight(2), EPS);
        assertEquals(3, m.count(0, 0));
        assertEquals(1, m.count(1, 0));
        assertEquals(3, m.count(1, 1));
        assertEquals(2, m.count(2, 0));
        assertEquals(2, m.count(2, 2));
        assertEquals(1.0, m.evaluate(new int[] {0, 1, 0}), EPS);
        assertEquals(334.0 / 867, m.evaluate(new int[] {1, 0, 3}), EPS);
        assertEquals(683.0 / 867, m.evaluate(new int[] {0, 2, 2}), EPS);
        assertEquals("hardheaded(l=0.2)", m.toString());
    }

    /**
     * The cap is strict: n = 2, l = 0.5, γ = 0.25. Every bid keeps issue 0 and changes issue 1, so s = 1,
     * total = 1.25, w_max = 1 − 0.5/1.25 = 0.6 (exact in binary).
     * 2nd bid: w0 = (0.5 + 0.25)/1.25 = 0.6, w1 = 0.5/1.25 = 0.4.
     * 3rd bid: w0 = 0.6 is NOT below w_max, so w0 = 0.6/1.25 = 0.48; w1 = 0.4/1.25 = 0.32 (weights sum to 0.8).
     */
    @Test
    void hardHeadedWeightAtTheCapOnlyShrinks() {
        HardHeadedFrequencyModel m = new HardHeadedFrequencyModel(0.5);
        m.init(BoaFixtures.domain(2, 3));
        m.update(new int[] {0, 0}, 0.1);
        m.update(new int[] {0, 1}, 0.2);
        assertEquals(0.6, m.weight(0), 0);
        assertEquals(0.4, m.weight(1), 0);
        m.update(new int[] {0, 2}, 0.3);
        assertEquals(0.48, m.weight(0), EPS);
        assertEquals(0.32, m.weight(1), EPS);
        // counts: c0(0) = 3, c1(1) = 2, c1(2) = 2, c1(0) = 1. Û(0,0) = 0.48·3/3 + 0.32·1/2 = 0.64
        assertEquals(0.64, m.evaluate(new int[] {0, 0}), EPS);
        assertThrows(IllegalArgumentException.class, () -> new HardHeadedFrequencyModel(0));
    }

    /**
     * λ = 0.5, bids (0,0,0), (0,1,0), (0,1,2). Decayed counts (latest bid weight 1):
     * c0(0) = 0.25 + 0.5 + 1 = 1.75; c1(0) = 0.25, c1(1) = 1.5; c2(0) = 0.75, c2(2) = 1.
     * Σ max = 1.75 + 1.5 + 1 = 4.25. Û(0,1,2) = 4.25/4.25 = 1; Û(0,0,0) = (1.75 + 0.25 + 0.75)/4.25 = 11/17;
     * Û(1,2,3) = 0. Weights 7/17, 6/17, 4/17.
     */
    @Test
    void recencyHandWorked() {
        RecencyFrequencyModel m = new RecencyFrequencyModel(0.5);
        m.init(BoaFixtures.domain(3, 4));
        assertEquals(0.0, m.evaluate(new int[] {0, 0, 0}));
        m.update(new int[] {0, 0, 0}, 0.1);
        assertEquals(1.0, m.evaluate(new int[] {0, 0, 0}), EPS);
        m.update(new int[] {0, 1, 0}, 0.2);
        m.update(new int[] {0, 1, 2}, 0.3);
        assertEquals(1.0, m.evaluate(new int[] {0, 1, 2}), EPS);
        assertEquals(11.0 / 17, m.evaluate(new int[] {0, 0, 0}), EPS);
        assertEquals(0.0, m.evaluate(new int[] {1, 2, 3}), EPS);
        assertEquals(7.0 / 17, m.weight(0), EPS);
        assertEquals(6.0 / 17, m.weight(1), EPS);
        assertEquals(4.0 / 17, m.weight(2), EPS);
        assertEquals("recency(decay=0.5)", m.toString());
    }

    /** λ = 0.01 forces rescaling (the lazy increment passes 1e150 after 75 bids); the result is unchanged. */
    @Test
    void recencySurvivesRescaling() {
        Domain d = BoaFixtures.domain(3, 2);
        RecencyFrequencyModel m = new RecencyFrequencyModel(0.01);
        m.init(d);
        for (int k = 0; k < 199; k++) {
            m.update(new int[] {0, 0, 0}, k / 200.0);
        }
        m.update(new int[] {1, 1, 1}, 0.999);
        // c_i(1) = 1, c_i(0) = 0.01 + 0.01^2 + ... (198 more terms) ≈ 1/99; Û(0,0,0) = c_i(0)/1
        assertEquals(1.0, m.evaluate(new int[] {1, 1, 1}), EPS);
        assertEquals(1.0 / 99, m.evaluate(new int[] {0, 0, 0}), EPS);
        assertThrows(IllegalArgumentException.class, () -> new RecencyFrequencyModel(1.5));
    }
}
