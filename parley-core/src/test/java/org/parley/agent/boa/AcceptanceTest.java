package org.parley.agent.boa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.parley.agent.boa.AcceptanceStrategy.Decision;

/** Every acceptance condition on scripted contexts, at its boundaries (strict versus non-strict). */
class AcceptanceTest {

    private static final Decision A = Decision.ACCEPT;
    private static final Decision R = Decision.REJECT;
    private static final BidHistory EMPTY = new BidHistory();

    /** Opponent bids with my utilities 0.5 @ 0.1, 0.8 @ 0.3, 0.6 @ 0.96, 0.55 @ 0.97, 0.5 @ 0.985. */
    private static BidHistory history() {
        BidHistory h = new BidHistory();
        double[][] bids = {{0.5, 0.1}, {0.8, 0.3}, {0.6, 0.96}, {0.55, 0.97}, {0.5, 0.985}};
        for (double[] b : bids) {
            h.add(new int[] {0}, b[0], b[1]);
        }
        return h;
    }

    private static AcceptanceContext ctx(double uo, double next, double prev, double t) {
        return AcceptanceContext.of(uo, next, prev, EMPTY, t);
    }

    @Test
    void nextIsNonStrictAndScaled() {
        assertEquals(A, new AcNext().decide(ctx(0.7, 0.7, Double.NaN, 0.5)));
        assertEquals(R, new AcNext().decide(ctx(Math.nextDown(0.7), 0.7, Double.NaN, 0.5)));
        // 1.1·0.5 + 0.05 evaluates to 0.6000000000000001 ≥ 0.6
        assertEquals(A, new AcNext(1.1, 0.05).decide(ctx(0.5, 0.6, Double.NaN, 0.5)));
        assertEquals(R, new AcNext(1, -0.01).decide(ctx(0.7, 0.7, Double.NaN, 0.5)));
        assertEquals("next(a=1,b=0)", new AcNext().toString());
        assertEquals("next(a=1.1,b=0.05)", new AcNext(1.1, 0.05).toString());
    }

    @Test
    void previousComparesWithMyLastBidAndRejectsBeforeIHaveBid() {
        assertEquals(A, new AcPrevious().decide(ctx(0.7, 0.9, 0.7, 0.5)));
        assertEquals(R, new AcPrevious().decide(ctx(0.69, 0.1, 0.7, 0.5)));
        assertEquals(R, new AcPrevious().decide(ctx(1.0, 0.1, Double.NaN, 0.5)));
        assertEquals(A, new AcPrevious(2, 0).decide(ctx(0.4, 0.9, 0.8, 0.5)));
    }

    @Test
    void gapToleratesC() {
        assertEquals(A, new AcGap(0.25).decide(ctx(0.5, 0.9, 0.75, 0.5))); // 0.5 + 0.25 = 0.75 exactly
        assertEquals(R, new AcGap(0.25).decide(ctx(0.5, 0.9, Math.nextUp(0.75), 0.5)));
        assertEquals(R, new AcGap().decide(ctx(1.0, 0.9, Double.NaN, 0.5)));
        assertEquals("gap(c=0.01)", new AcGap().toString());
    }

    @Test
    void constIsStrict() {
        assertEquals(R, new AcConst().decide(ctx(0.9, 1, Double.NaN, 0.5)));
        assertEquals(A, new AcConst().decide(ctx(Math.nextUp(0.9), 1, Double.NaN, 0.5)));
        assertEquals(A, new AcConst(0.5).decide(ctx(0.75, 1, Double.NaN, 0)));
    }

    @Test
    void timeIsStrict() {
        assertEquals(R, new AcTime().decide(ctx(0, 1, Double.NaN, 0.99)));
        assertEquals(A, new AcTime().decide(ctx(0, 1, Double.NaN, Math.nextUp(0.99))));
        assertEquals(R, new AcTime(0.5).decide(ctx(0.99, 1, Double.NaN, 0.5)));
    }

    @Test
    void combiIsNextOrTimeNonStrict() {
        AcCombi c = new AcCombi();
        assertEquals(A, c.decide(ctx(0.7, 0.7, Double.NaN, 0.1)));
        assertEquals(R, c.decide(ctx(0.1, 0.7, Double.NaN, Math.nextDown(0.98))));
        assertEquals(A, c.decide(ctx(0.1, 0.7, Double.NaN, 0.98)));
        assertEquals(A, new AcCombi(2, 0, 0.98).decide(ctx(0.35, 0.7, Double.NaN, 0.1)));
        assertEquals("combi(a=1,b=0,t=0.98)", c.toString());
    }

    @Test
    void combiMaxAcceptsTheBestBidSoFarAfterT() {
        BidHistory h = history(); // best so far 0.8
        AcCombiMax c = new AcCombiMax(0.95);
        assertEquals(R, c.decide(AcceptanceContext.of(0.79, 0.9, 0.9, h, 0.99)));
        assertEquals(A, c.decide(AcceptanceContext.of(0.8, 0.9, 0.9, h, 0.95)));
        assertEquals(R, c.decide(AcceptanceContext.of(0.8, 0.9, 0.9, h, Math.nextDown(0.95))));
        assertEquals(A, c.decide(AcceptanceContext.of(0.9, 0.9, 0.9, h, 0.1)));
    }

    @Test
    void macUsesTheWindowOfRemainingTime() {
        BidHistory h = history();
        AcCombiMaxInWindow mac = new AcCombiMaxInWindow();
        // t = 0.98: window [0.96, 0.98] holds 0.6 @ 0.96 (on the edge) and 0.55 @ 0.97; max 0.6
        assertEquals(A, mac.decide(AcceptanceContext.of(0.6, 0.9, 0.9, h, 0.98)));
        assertEquals(R, mac.decide(AcceptanceContext.of(0.59, 0.9, 0.9, h, 0.98)));
        // t = 0.99: window [0.98, 0.99] holds only 0.5 @ 0.985
        assertEquals(A, mac.decide(AcceptanceContext.of(0.5, 0.9, 0.9, h, 0.99)));
        assertEquals(R, mac.decide(AcceptanceContext.of(0.49, 0.9, 0.9, h, 0.99)));
        // before T only AC_Next
        assertEquals(R, mac.decide(AcceptanceContext.of(0.8, 0.9, 0.9, h, 0.97)));
        assertEquals(A, mac.decide(AcceptanceContext.of(0.9, 0.9, 0.9, h, 0.97)));
        assertEquals("mac(t=0.98)", mac.toString());
    }

    @Test
    void combiAvgUsesTheWindowMean() {
        BidHistory h = history();
        AcCombiAvg avg = new AcCombiAvg();
        // t = 0.98: mean of 0.6 and 0.55 = 0.575
        assertEquals(A, avg.decide(AcceptanceContext.of(0.575, 0.9, 0.9, h, 0.98)));
        assertEquals(R, avg.decide(AcceptanceContext.of(0.574, 0.9, 0.9, h, 0.98)));
        assertEquals(R, avg.decide(AcceptanceContext.of(0.8, 0.9, 0.9, h, 0.979)));
    }

    @Test
    void historyWindowQueries() {
        BidHistory h = history();
        assertEquals(0.8, h.maxUtility());
        assertEquals(2, h.firstAtOrAfter(0.96));
        assertEquals(5, h.firstAtOrAfter(0.99));
        assertEquals(Double.NaN, h.maxUtility(0.99, 1.0));
        assertEquals((0.6 + 0.55 + 0.5) / 3, h.averageUtility(0.96, 1.0), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> h.add(new int[] {0}, 0.5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new AcConst(Double.NaN));
    }
}
