package org.parley.agent.champions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Offer;

class PonPokoTest {

    @Test
    void thresholdsFollowTheFivePatterns() {
        double t = 1.0 / 181;
        // the spec's round-1 values for pattern 0: H = 0.999448, L = 0.977528
        assertEquals(0.999448, PonPoko.thresholds(0, t)[0], 1e-6);
        assertEquals(0.977528, PonPoko.thresholds(0, t)[1], 1e-6);
        assertEquals(1.0, PonPoko.thresholds(1, 0.5)[0]);
        assertEquals(1 - 0.22 * 0.5, PonPoko.thresholds(1, 0.5)[1]);
        assertEquals(1 - 0.1 * 0.5 - 0.15 * Math.abs(Math.sin(10)), PonPoko.thresholds(2, 0.5)[1]);
        assertEquals(1 - 0.1 * 0.99, PonPoko.thresholds(3, 0.99)[1]);
        assertEquals(1 - 0.3 * 0.995, PonPoko.thresholds(3, 0.995)[1]);
        assertEquals(1 - 0.15 * 0.3 * Math.abs(Math.sin(6)), PonPoko.thresholds(4, 0.3)[0]);
        // the smallest pattern-0 acceptance threshold over 180 rounds is 0.8019 (round 178)
        double min = 1;
        int at = 0;
        for (int r = 1; r <= 180; r++) {
            double l = PonPoko.thresholds(0, r / 181.0)[1];
            if (l < min) {
                min = l;
                at = r;
            }
        }
        assertEquals(0.8019, min, 5e-5);
        assertEquals(178, at);
    }

    @Test
    void acceptsStrictlyAboveTheLowThresholdAndOtherwiseBidsInsideTheWindow() {
        // utilities 1, 0.95, ..., 0.05, 0: 21 outcomes, all sampled
        double[] u = new double[21];
        for (int i = 0; i < u.length; i++) {
            u[i] = 1 - i * 0.05;
        }
        Profile p = Fixtures.oneIssue("p", 0, 1, u);
        Fixtures.Clock clock = new Fixtures.Clock(180);
        for (int pattern = 0; pattern < 5; pattern++) {
            PonPoko a = new PonPoko(pattern);
            a.init(Fixtures.settings(p, 180, 3));
            assertEquals(pattern, a.pattern());
            for (int r = 1; r <= 180; r += 7) {
                clock.round(r);
                double[] hl = PonPoko.thresholds(pattern, clock.time());
                Offer o = assertInstanceOf(Offer.class, a.chooseAction(clock));
                double bid = p.utility(o.outcome());
                assertTrue(bid <= hl[0] + 1e-12, "pattern " + pattern + " round " + r + ": " + bid);
                // the window was widened down to the first sampled utility below L, and not further
                assertTrue(bid >= hl[1] - 0.05 - 1e-9, "pattern " + pattern + " round " + r + ": " + bid);
            }
        }
        PonPoko a = new PonPoko(1);
        a.init(Fixtures.settings(p, 180, 3));
        clock.round(90);
        double low = PonPoko.thresholds(1, clock.time())[1];
        // 0.9 > L = 1 - 0.22·90/181 = 0.8906: accepted; 0.85 is not
        a.receive(new Offer(1, new int[] {2}), clock);
        assertTrue(0.9 > low);
        assertInstanceOf(Accept.class, a.chooseAction(clock));
        a.receive(new Offer(1, new int[] {3}), clock);
        assertInstanceOf(Offer.class, a.chooseAction(clock));
    }

    @Test
    void drawsAllFivePatternsUniformlyFromTheSeed() {
        Profile p = Fixtures.oneIssue("p", 0, 1, 1, 0.5, 0);
        int[] counts = new int[5];
        for (long seed = 0; seed < 500; seed++) {
            PonPoko a = new PonPoko();
            a.init(Fixtures.settings(p, 180, seed));
            counts[a.pattern()]++;
            PonPoko again = new PonPoko();
            again.init(Fixtures.settings(p, 180, seed));
            assertEquals(a.pattern(), again.pattern());
        }
        for (int c : counts) {
            // 100 expected each; a binomial(500, 0.2) lies in [70, 130] with probability > 0.999
            assertTrue(c >= 70 && c <= 130, java.util.Arrays.toString(counts));
        }
    }
}
