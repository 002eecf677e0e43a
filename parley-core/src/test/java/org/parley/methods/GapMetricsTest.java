package org.parley.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.analysis.ParetoFrontier;

class GapMetricsTest {

    private static final double TOL = 1e-12;

    @Test
    void perIssueGaps() {
        assertEquals(0.3, GapMetrics.numeric(20, 50, 0, 100), TOL);
        assertEquals(0.3, GapMetrics.numeric(50, 20, 0, 100), TOL);
        assertEquals(0.75, GapMetrics.ordinal(1, 4, 5), 0.0);
        assertEquals(0.0, GapMetrics.ordinal(3, 3, 3), 0.0);
        assertEquals(1.0, GapMetrics.categorical("full ceasefire", "local pauses"), 0.0);
        assertEquals(0.0, GapMetrics.categorical("neutral", "neutral"), 0.0);
    }

    /** "Ceasefire within 2–3 days" against "within 30 days": disjoint; 2–10 against 5–30 overlap by 5. */
    @Test
    void rangeOverlapAndGap() {
        assertEquals(0.0, GapMetrics.rangeOverlap(2, 3, 30, 30), 0.0);
        assertFalse(GapMetrics.rangesIntersect(2, 3, 30, 30));
        assertEquals(5.0, GapMetrics.rangeOverlap(2, 10, 5, 30), 0.0);
        assertEquals(0.0, GapMetrics.rangeOverlap(2, 5, 5, 8), 0.0);
        assertTrue(GapMetrics.rangesIntersect(2, 5, 5, 8));
        // on a 0–90 day scale the nearest ends, 3 and 30, are 27/90 apart
        assertEquals(0.3, GapMetrics.rangeGap(2, 3, 30, 30, 0, 90), TOL);
        assertEquals(0.0, GapMetrics.rangeGap(2, 10, 5, 30, 0, 90), 0.0);
        assertEquals(GapMetrics.numeric(20, 50, 0, 100), GapMetrics.rangeGap(50, 50, 20, 20, 0, 100), 0.0);
    }

    /**
     * Gaps (1, 0.3, 0.75). Equal ω: 2.05/3. Mean of the parties' weights, A (60, 30, 10) and B (20, 20, 60) points
     * → (0.4, 0.25, 0.35): 0.4 + 0.075 + 0.2625 = 0.7375. Mediator (3, 1, 1) → (0.6, 0.2, 0.2): 0.81.
     */
    @Test
    void aggregateReportsItsWeighting() {
        double[] g = {1, 0.3, 0.75};
        GapMetrics.Aggregate equal = GapMetrics.aggregate(g, GapMetrics.Weighting.equal(3));
        assertEquals(2.05 / 3, equal.gap(), TOL);
        assertEquals("equal", equal.weighting().kind());
        GapMetrics.Aggregate mean = GapMetrics.aggregate(g,
                GapMetrics.Weighting.meanOfParties(new double[] {60, 30, 10}, new double[] {20, 20, 60}));
        assertArrayEquals(new double[] {0.4, 0.25, 0.35}, mean.weighting().omega(), TOL);
        assertEquals(0.7375, mean.gap(), TOL);
        GapMetrics.Aggregate mediator = GapMetrics.aggregate(g, GapMetrics.Weighting.mediator(new double[] {3, 1, 1}));
        assertArrayEquals(new double[] {0.6, 0.2, 0.2}, mediator.weighting().omega(), TOL);
        assertEquals(0.81, mediator.gap(), TOL);
        assertEquals("mediator", mediator.weighting().kind());
    }

    @Test
    void concessionsInEachPartysOwnTerms() {
        GapMetrics.Concessions c = GapMetrics.concessions(0.9, 0.2, 0.8, 0.5);
        assertEquals(0.7, c.deltaA(), TOL);
        assertEquals(0.3, c.deltaB(), TOL);
        assertEquals(0, c.movesMore());
        assertEquals(-1, GapMetrics.concessions(0.5, 0.25, 0.5, 0.25).movesMore());
        assertEquals(-0.25, GapMetrics.concession(0.5, 0.75), 0.0);
    }

    /** Frontier (1, 0), (0.6, 0.6), (0, 1); from (0.3, 0.2) the nearest is (0.6, 0.6): sqrt(0.09 + 0.16) = 0.5. */
    @Test
    void paretoDistanceToTheNearestFrontierPoint() {
        ParetoFrontier f = new ParetoFrontier(List.of(point(1, 0), point(0.6, 0.6), point(0, 1)),
                BigInteger.valueOf(3));
        assertEquals(0.5, GapMetrics.paretoDistance(new double[] {0.3, 0.2}, f), TOL);
        assertEquals(0.0, GapMetrics.paretoDistance(new double[] {0.6, 0.6}, f), 0.0);
        assertThrows(IllegalArgumentException.class, () -> GapMetrics.paretoDistance(new double[] {0.3}, f));
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GapMetrics.numeric(120, 50, 0, 100));
        assertEquals("position A must lie in [0.0, 100.0], got 120.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GapMetrics.numeric(1, 1, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> GapMetrics.ordinal(0, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> GapMetrics.ordinal(1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> GapMetrics.rangeOverlap(3, 2, 0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> GapMetrics.aggregate(new double[] {1.5}, GapMetrics.Weighting.equal(1)));
        assertThrows(IllegalArgumentException.class,
                () -> GapMetrics.aggregate(new double[] {1, 0}, GapMetrics.Weighting.equal(3)));
        assertThrows(IllegalArgumentException.class, () -> GapMetrics.Weighting.mediator(new double[] {0, 0}));
    }

    private static ParetoFrontier.Point point(double a, double b) {
        return new ParetoFrontier.Point(new double[] {a, b}, new int[] {0}, BigInteger.ONE);
    }
}
