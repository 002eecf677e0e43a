package org.parley.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CostOfDelayTest {

    private static final double TOL = 1e-12;

    /**
     * Worked example with the 2025 figures quoted in issue #5: defence spending 6.3 % of GDP, 13.5 trillion roubles,
     * about $172 billion. So GDP ≈ 172/0.063 = $2,730.16 billion (13.5/0.063 = 214.29 trillion roubles).
     * <p>Illustrative assumptions, not claims: a peacetime share m_base = 3.5 %, a stake V = $1,000 billion, a
     * breakdown risk q = 10 % a year, and talks that stand for half a year.
     * <ul>
     * <li>c = (0.063 − 0.035)·2,730.16 = 0.028·2,730.16 = 172·28/63 = 172·4/9 = $76.44 billion a year
     * (13.5·4/9 = 6.0 trillion roubles);</li>
     * <li>δ = exp(−76.444/1000) = exp(−0.0764444) = 0.926404; linear 1 − 0.0764444 = 0.923556;</li>
     * <li>with q: 0.926404·0.9 = 0.833764;</li>
     * <li>a session of N = 0.5 years: d = 0.926404^0.5 = 0.962499, the same as monthly δ_m = exp(−6.3704/1000)
     * compounded over 6 months.</li>
     * </ul>
     */
    @Test
    void workedExampleWith2025Figures() {
        double gdpUsdBillion = 172 / 0.063;
        assertEquals(2730.15873015873, gdpUsdBillion, 1e-9);
        double c = CostOfDelay.perPeriodCost(0.063, 0.035, gdpUsdBillion);
        assertEquals(688.0 / 9, c, 1e-9);
        assertEquals(76.44, c, 0.005);
        assertEquals(6.0, CostOfDelay.perPeriodCost(0.063, 0.035, 13.5 / 0.063), 1e-12, "trillion roubles");
        double delta = CostOfDelay.discountFactor(c, 1000);
        assertEquals(Math.exp(-0.0764444444444444), delta, 1e-12);
        assertEquals(0.926404, delta, 5e-7);
        assertEquals(0.923556, CostOfDelay.linearDiscountFactor(c, 1000), 5e-7);
        assertEquals(0.833764, CostOfDelay.withBreakdownRisk(delta, 0.1), 5e-7);
        double d = CostOfDelay.sessionDiscount(delta, 0.5);
        assertEquals(0.962499, d, 5e-7);
        double monthly = CostOfDelay.discountFactor(c / 12, 1000);
        assertEquals(d, CostOfDelay.sessionDiscount(monthly, 6), 1e-12, "annual^(1/2) = monthly^6");
    }

    @Test
    void otherCostsAndSupport() {
        // (0.05 − 0.02)·1000 + 10 − 25 = 15
        assertEquals(15, CostOfDelay.perPeriodCost(0.05, 0.02, 1000, 10, 25), 1e-12);
    }

    /** δ1 = δ2 = 0.9: x1* = 0.1/0.19 = 10/19 = 0.526315...; δ1 = 0.95, δ2 = 0.9: 0.1/0.145 = 20/29. */
    @Test
    void rubinsteinShares() {
        assertEquals(10.0 / 19, CostOfDelay.rubinsteinShare(0.9, 0.9), TOL);
        assertEquals(0.5263157894736842, CostOfDelay.rubinsteinShare(0.9, 0.9), TOL);
        assertEquals(20.0 / 29, CostOfDelay.rubinsteinShare(0.95, 0.9), TOL);
        assertEquals(1.0, CostOfDelay.rubinsteinShare(1, 0.5), 0.0);
        assertEquals(0.0, CostOfDelay.rubinsteinShare(0.5, 1), 0.0);
        assertEquals(1.0, CostOfDelay.rubinsteinShare(0, 0), 0.0, "no patience: the proposer takes all");
        assertThrows(IllegalArgumentException.class, () -> CostOfDelay.rubinsteinShare(1, 1));
    }

    /** p = 0.6, c_A = 0.1, c_B = 0.15: (0.5, 0.75), width 0.25. Beliefs 0.7 and 0.4 differ by 0.3 > 0.25: empty. */
    @Test
    void fearonRanges() {
        CostOfDelay.Range r = CostOfDelay.fearonRange(0.6, 0.1, 0.15);
        assertEquals(0.5, r.low(), TOL);
        assertEquals(0.75, r.high(), TOL);
        assertEquals(0.25, r.width(), TOL);
        assertTrue(r.contains(0.6));
        assertFalse(r.contains(0.5), "open interval");
        CostOfDelay.Range optimism = CostOfDelay.fearonRange(0.7, 0.4, 0.1, 0.15);
        assertTrue(optimism.isEmpty());
        assertEquals(0, optimism.width(), 0.0);
        CostOfDelay.Range wide = CostOfDelay.fearonRange(0.95, 0.2, 0.3).feasible();
        assertEquals(0.75, wide.low(), TOL);
        assertEquals(1.0, wide.high(), 0.0);
    }

    /**
     * p = 0.5, V = 100, costs 10 a period over 3 periods, δ = 0.9: S(2) = 10, S(1) = 10 + 9 = 19,
     * S(0) = 10 + 17.1 = 27.1; RV = (22.9, 31, 40).
     */
    @Test
    void movingReservationValue() {
        double[] rv = CostOfDelay.reservationPath(new double[] {0.5, 0.5, 0.5}, 100, new double[] {10, 10, 10}, 0.9);
        assertArrayEquals(new double[] {22.9, 31, 40}, rv, 1e-12);
        assertEquals(22.9, CostOfDelay.reservationValue(0.5, 100, new double[] {10, 10, 10}, 0.9), 1e-12);
        assertEquals(50, CostOfDelay.reservationValue(0.5, 100, new double[0], 0.9), 0.0);
        CostOfDelay.Range z = CostOfDelay.shareZone(22.9, 40, 100);
        assertEquals(0.229, z.low(), TOL);
        assertEquals(0.6, z.high(), TOL);
        assertTrue(CostOfDelay.shareZone(60, 40, 100).contains(0.6), "closed: the single split 0.6");
        assertTrue(CostOfDelay.shareZone(61, 40, 100).isEmpty());
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CostOfDelay.discountFactor(-1, 100));
        assertEquals("the per-period cost c must be ≥ 0, got -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CostOfDelay.discountFactor(1, 0));
        assertThrows(IllegalArgumentException.class, () -> CostOfDelay.linearDiscountFactor(100, 100));
        e = assertThrows(IllegalArgumentException.class, () -> CostOfDelay.perPeriodCost(6.3, 3.5, 100));
        assertEquals("military expenditure share m must be a fraction in [0, 1], got 6.3; give percentages as "
                + "fractions (6.3 % is 0.063)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CostOfDelay.withBreakdownRisk(0.9, 1));
        assertThrows(IllegalArgumentException.class, () -> CostOfDelay.sessionDiscount(0, 2));
        assertThrows(IllegalArgumentException.class, () -> CostOfDelay.sessionDiscount(1e-200, 1e6));
        assertThrows(IllegalArgumentException.class, () -> CostOfDelay.fearonRange(1.2, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> CostOfDelay.reservationPath(new double[] {0.5}, 100, new double[] {1, 2}, 0.9));
    }

    @Test
    void statedCostGivesDeltaAndErodesTheReservationLevel() {
        // δ = exp(−c/V): c/V = 0.01 → 0.990049834…
        assertEquals(0.9900498337491681, new CostOfDelay(0.01, "", "", "").delta(), 1e-15);
        assertEquals(1.0, CostOfDelay.NONE.delta());
        // RV·δ^k with δ = exp(−0.1), k = 3: 0.5·exp(−0.3)
        CostOfDelay cost = new CostOfDelay(0.1, "", "", "");
        assertEquals(0.5 * Math.exp(-0.3), cost.reservationAfter(0.5, 3), 1e-12);
        assertEquals(0.5, cost.reservationAfter(0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> cost.reservationAfter(0.5, -1));
        assertThrows(IllegalArgumentException.class, () -> new CostOfDelay(-0.1, "", "", ""));
    }
}
