package org.parley.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Φ against its published values (R's {@code pnorm}, to the digits printed by {@code print(pnorm(x), digits = 16)}). */
class NormalDistributionTest {

    private static void relative(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-13, "Φ");
    }

    @Test
    void centralValues() {
        assertEquals(0.5, NormalDistribution.cdf(0), 0);
        relative(0.8413447460685429, NormalDistribution.cdf(1));
        relative(0.15865525393145707, NormalDistribution.cdf(-1));
        relative(0.9750021048517795, NormalDistribution.cdf(1.96));
        relative(0.022750131948179195, NormalDistribution.cdf(-2));
    }

    @Test
    void tailsKeepTheirDigits() {
        relative(0.0013498980316300946, NormalDistribution.cdf(-3));
        relative(3.167124183311992e-05, NormalDistribution.cdf(-4));
        relative(2.866515718791939e-07, NormalDistribution.cdf(-5));
        relative(7.619853024160527e-24, NormalDistribution.cdf(-10));
        relative(2.866515718791939e-07, NormalDistribution.upperTail(5));
    }

    @Test
    void symmetric() {
        for (double x = -6; x <= 6; x += 0.37) {
            assertEquals(1.0, NormalDistribution.cdf(x) + NormalDistribution.cdf(-x), 1e-15, "x = " + x);
        }
    }
}
