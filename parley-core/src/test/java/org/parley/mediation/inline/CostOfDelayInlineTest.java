package org.parley.mediation.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CostOfDelayInlineTest {

    @Test
    void discountFromCostAndStake() {
        // δ = exp(−c/V): c/V = 0.01 → 0.990049834; over N = 12 periods d = exp(−0.12)
        assertEquals(0.9900498337491681, CostOfDelayInline.delta(0.01), 1e-15);
        assertEquals(Math.exp(-0.12), CostOfDelayInline.discount(CostOfDelayInline.delta(0.01), 12), 1e-12);
    }

    @Test
    void rateFromDefenceSpending() {
        // 6.3% of GDP against a 3.0% baseline, stake one year of GDP, monthly: 0.033/12 = 0.00275
        assertEquals(0.00275, CostOfDelayInline.rateFromGdpShare(0.063, 0.03, 1, 12), 1e-15);
        assertEquals(0, CostOfDelayInline.rateFromGdpShare(0.02, 0.03, 1, 12), 0);
        assertEquals(0.02, CostOfDelayInline.rateFromLoss(2e8, 1e10), 1e-15);
    }

    @Test
    void reservationErodes() {
        assertEquals(0.5 * Math.exp(-0.3), CostOfDelayInline.reservationAt(0.5, Math.exp(-0.1), 3), 1e-12);
    }
}
