package org.parley.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelAccuracyTest {

    @Test
    void handComputed() {
        // est (.2, .5, .9), true (.1, .6, .8): means .5333…, .5; dev est (−1/3, −1/30, 11/30), true (−.4, .1, .3)
        // Σ = 13/30·… : r = Σdxdy/√(ΣdxΣdy) with Σdxdy = .4/3 − .1/30 + 3.3/30 = .24, Σdx² = 1/9 + 1/900 + 121/900
        // = .24666…, Σdy² = .26
        ModelAccuracy a = ModelAccuracy.of(0.5, new double[] {0.2, 0.5, 0.9}, new double[] {0.1, 0.6, 0.8});
        assertEquals(0.24 / Math.sqrt(0.24666666666666667 * 0.26), a.pearson(), 1e-12);
        assertEquals(1, a.kendall(), 1e-15, "same order");
        assertEquals(0.1, a.mae(), 1e-12);
        assertEquals(0.5, a.time());
    }

    @Test
    void aFlatModelHasNoCorrelationButAnError() {
        ModelAccuracy a = ModelAccuracy.of(0, new double[] {0.5, 0.5}, new double[] {0.1, 1.0});
        assertTrue(Double.isNaN(a.pearson()) && Double.isNaN(a.kendall()));
        assertEquals(0.45, a.mae(), 1e-12);
        ModelAccuracy none = ModelAccuracy.of(0, new double[] {Double.NaN, 0.5}, new double[] {0.1, 1.0});
        assertTrue(Double.isNaN(none.mae()));
    }
}
