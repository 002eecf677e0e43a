package org.parley.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PearsonCorrelationTest {

    @Test
    void aHandComputedCase() {
        // x̄ = 3, ȳ = 4; dx = (−2,−1,0,1,2), dy = (−2,0,1,0,1): Σdxdy = 6, Σdx² = 10, Σdy² = 6 -> r = 6/√60
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {2, 4, 5, 4, 5};
        assertEquals(6 / Math.sqrt(60), PearsonCorrelation.of(x, y), 1e-15);
    }

    @Test
    void linearRelationsGiveOneOrMinusOne() {
        double[] x = {0.1, 0.4, 0.2, 0.9};
        double[] up = {1.2, 2.1, 1.5, 3.6};
        double[] down = {-0.1, -0.4, -0.2, -0.9};
        assertEquals(1, PearsonCorrelation.of(x, up), 1e-12);
        assertEquals(-1, PearsonCorrelation.of(x, down), 1e-12);
    }

    @Test
    void undefinedForAConstantOrTooFewValues() {
        assertTrue(Double.isNaN(PearsonCorrelation.of(new double[] {1, 2, 3}, new double[] {5, 5, 5})));
        assertTrue(Double.isNaN(PearsonCorrelation.of(new double[] {1}, new double[] {2})));
        assertThrows(IllegalArgumentException.class, () -> PearsonCorrelation.of(new double[] {1, 2},
                new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> PearsonCorrelation.of(new double[] {1, Double.NaN},
                new double[] {1, 2}));
    }
}
