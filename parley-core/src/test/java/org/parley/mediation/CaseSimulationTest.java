package org.parley.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The case simulation's discount from each party's cost of delay. */
class CaseSimulationTest {

    @Test
    void simulationDiscountIsDeltaToTheHorizon() {
        // the toy case's B has c/V = 0.1 per month over a horizon of 12 months: d = exp(−1.2); A has no cost
        CaseSimulation s = CaseSimulation.of(ToyCase.build(0.5, 0.3, false));
        assertEquals(1.0, s.discounts()[0]);
        assertEquals(Math.exp(-1.2), s.discounts()[1], 1e-12);
    }
}
