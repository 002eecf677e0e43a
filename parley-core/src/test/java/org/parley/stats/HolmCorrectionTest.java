package org.parley.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HolmCorrectionTest {

    @Test
    void rsPAdjustHolm() {
        // p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), "holm") = 0.05 0.08 0.09 0.09 0.09
        assertArrayEquals(new double[] {0.05, 0.08, 0.09, 0.09, 0.09},
                HolmCorrection.adjust(new double[] {0.01, 0.02, 0.03, 0.04, 0.05}), 1e-15);
        // in any order, capped at 1: p.adjust(c(0.5, 0.001, 0.3), "holm") = 0.6 0.003 0.6
        assertArrayEquals(new double[] {0.6, 0.003, 0.6}, HolmCorrection.adjust(new double[] {0.5, 0.001, 0.3}),
                1e-15);
        assertArrayEquals(new double[] {1, 1}, HolmCorrection.adjust(new double[] {0.7, 0.9}), 1e-15);
    }

    @Test
    void nanIsLeftOutOfTheCount() {
        double[] adjusted = HolmCorrection.adjust(new double[] {0.01, Double.NaN, 0.04});
        assertArrayEquals(new double[] {0.02, 0.04}, new double[] {adjusted[0], adjusted[2]}, 1e-15);
        assertTrue(Double.isNaN(adjusted[1]));
        assertThrows(IllegalArgumentException.class, () -> HolmCorrection.adjust(new double[] {1.5}));
    }
}
