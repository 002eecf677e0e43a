package org.parley.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CostOfDelayTest {

    @Test
    void discountFromCostOverStake() {
        // δ = exp(−c/V): c/V = 0.01 → 0.990049834…
        assertEquals(0.9900498337491681, new CostOfDelay(0.01, "", "", "").delta(), 1e-15);
        assertEquals(1.0, CostOfDelay.NONE.delta());
    }

    @Test
    void reservationErodesByDeltaPerPeriod() {
        // RV·δ^k with δ = exp(−0.1), k = 3: 0.5·exp(−0.3)
        CostOfDelay cost = new CostOfDelay(0.1, "", "", "");
        assertEquals(0.5 * Math.exp(-0.3), cost.reservationAfter(0.5, 3), 1e-12);
        assertEquals(0.5, cost.reservationAfter(0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> cost.reservationAfter(0.5, -1));
    }

    @Test
    void simulationDiscountIsDeltaToTheHorizon() {
        // the toy case's B has c/V = 0.1 per month over a horizon of 12 months: d = exp(−1.2); A has no cost
        CaseSimulation s = CaseSimulation.of(ToyCase.build(0.5, 0.3, false));
        assertEquals(1.0, s.discounts()[0]);
        assertEquals(Math.exp(-1.2), s.discounts()[1], 1e-12);
    }
}
