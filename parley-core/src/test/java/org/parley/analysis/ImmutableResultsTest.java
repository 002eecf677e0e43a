package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.preference.SyntheticScenarios;

/** Frontier points and analysis results cannot be changed through the arrays that built them or that they return. */
class ImmutableResultsTest {

    @Test
    void aPointKeepsItsOwnArrays() {
        double[] u = {0.75, 0.5};
        int[] o = {2, 0, 1};
        ParetoFrontier.Point p = new ParetoFrontier.Point(u, o, BigInteger.TWO);
        u[0] = 0;
        o[0] = 9;
        p.utilities()[1] = 0;
        p.outcome()[2] = 9;
        assertArrayEquals(new double[] {0.75, 0.5}, p.utilities());
        assertArrayEquals(new int[] {2, 0, 1}, p.outcome());
        assertEquals(0.75, p.utility(0));
        assertEquals(1, p.value(2));
        assertEquals(2, p.parties());
        assertEquals(1.25, p.welfare());
    }

    @Test
    void pointsAreEqualByContent() {
        ParetoFrontier.Point a = new ParetoFrontier.Point(new double[] {0.75, 0.5}, new int[] {2, 0}, BigInteger.ONE);
        ParetoFrontier.Point b = new ParetoFrontier.Point(new double[] {0.75, 0.5}, new int[] {2, 0}, BigInteger.ONE);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("Point[utilities=[0.75, 0.5], outcome=[2, 0], count=1]", a.toString());
        assertNotEquals(a, new ParetoFrontier.Point(new double[] {0.75, 0.5}, new int[] {2, 1}, BigInteger.ONE));
        assertNotEquals(a, new ParetoFrontier.Point(new double[] {0.75, 0.5}, new int[] {2, 0}, BigInteger.TWO));
    }

    @Test
    void anAnalysisResultKeepsItsReservationValues() {
        var scenario = SyntheticScenarios.randomAdditive(3, 3, 2, 0.25, 7);
        OutcomeSpaceAnalysis.Result r = new OutcomeSpaceAnalysis(scenario.profiles()).analyze();
        r.reservation()[0] = 0.99;
        assertArrayEquals(new double[] {0.25, 0.25}, r.reservation());
        assertEquals(0.25, r.reservation(1));
        r.nash().utilities()[0] = -1;
        assertEquals(r.nash(), new OutcomeSpaceAnalysis(scenario.profiles()).analyze().nash());
        assertEquals(r, new OutcomeSpaceAnalysis(scenario.profiles()).analyze(),
                "a second analysis gives an equal result");
        assertEquals(List.copyOf(scenario.profiles()), r.profiles());
    }
}
