package org.parley.agent.champions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.preference.Profile;
import org.parley.protocol.Deadline;
import org.parley.protocol.SessionResult;

class TheFawkesTest {

    @Test
    void waveletLevelsPreserveEnergy() {
        // the 8-tap filter bank is orthonormal up to the printed precision of its taps (Σ a² = 1.000005):
        // Parseval holds on every level to 1e-3
        SplittableRandom r = new SplittableRandom(3);
        for (int len : new int[] {8, 13, 16, 64, 181}) {
            double[] x = new double[len];
            for (int i = 0; i < len; i++) {
                x[i] = r.nextDouble();
            }
            if (len % 2 == 0 && Integer.bitCount(len) == 1) {
                double e = 0;
                for (double v : x) {
                    e += v * v;
                }
                double f = 0;
                for (double v : FawkesWavelet.forward(x)) {
                    f += v * v;
                }
                assertEquals(e, f, 1e-3 * e, "length " + len);
            }
            assertEquals(len, FawkesWavelet.forward(x).length);
        }
        double[] shortSignal = {0.3, 0.1, 0.9};
        assertEquals(List.of(0.3, 0.1, 0.9), List.of(FawkesWavelet.forward(shortSignal)[0],
                FawkesWavelet.forward(shortSignal)[1], FawkesWavelet.forward(shortSignal)[2]));
    }

    @Test
    void aSplineWithATinySmoothingParameterIsTheLeastSquaresLine() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 12;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 0.3 + 0.02 * i + 0.1 * (r.nextDouble() - 0.5);
        }
        double mx = (n - 1) / 2.0;
        double my = 0;
        for (double v : y) {
            my += v / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double slope = sxy / sxx;
        SmoothingSpline s = new SmoothingSpline(x, y, 1e-10);
        for (double z = 0; z <= n - 1; z += 0.5) {
            assertEquals(my + slope * (z - mx), s.value(z), 1e-4, "z = " + z);
        }
        // clamped to [0, 1]
        double[] high = {0, 1, 2};
        assertEquals(1.0, new SmoothingSpline(high, new double[] {5, 5, 5}, 1e-10).value(1));
        assertEquals(0.0, new SmoothingSpline(high, new double[] {-5, -5, -5}, 1e-10).value(1));
    }

    @Test
    void candidatesAreEveryOutcomeAtLeastTheBoundExceptTheWorst() {
        double[] u = new double[30];
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < u.length; i++) {
            u[i] = i == 0 ? 1.0 : r.nextDouble();
        }
        Profile p = Fixtures.oneIssue("f", 0, 1, u);
        TheFawkes a = new TheFawkes();
        a.init(Fixtures.settings(p, 180, 1));
        GeniusSortedOutcomes sorted = GeniusSortedOutcomes.build(p);
        for (int trial = 0; trial < 200; trial++) {
            double lower = trial == 0 ? 2 : (trial == 1 ? -1 : r.nextDouble());
            int expected = 0;
            for (int k = 0; k < sorted.size() - 1; k++) {
                if (sorted.utility(k) >= lower) {
                    expected = k + 1;
                }
            }
            assertEquals(Math.max(1, expected), a.candidates(lower), "lower " + lower);
        }
    }

    @Test
    void reservedUtilityStaysNearUmaxDToTheFifthUntilTheVeryEnd() {
        Profile p = Fixtures.oneIssue("f", 0.5, 0.5, 1.0, 0.5, 0.2);
        TheFawkes a = new TheFawkes();
        a.init(Fixtures.settings(p, 180, 1));
        assertEquals(Math.pow(0.5, 0.2), a.reservedUtility(0.5), 1e-12);
        assertEquals(0.5 + (1 - Math.pow(0.99, 500)) * (Math.pow(0.5, 0.2) - 0.5), a.reservedUtility(0.99), 1e-12);
        assertEquals(0.5, a.reservedUtility(1.0), 1e-12);
    }

    @Test
    void theGeniusVariantRefusesNonDiscreteIssuesAndTheDefaultPlaysThem() {
        Profile a = Fixtures.mixed("a", true);
        Profile b = Fixtures.mixed("b", false);
        String m = assertThrows(IllegalArgumentException.class,
                () -> new TheFawkes(true).init(Fixtures.settings(a, 180, 1))).getMessage();
        assertTrue(m.contains("not discrete"), m);
        SessionResult r = Fixtures.session().profiles(List.of(a, b))
                .agents(List.of(new TheFawkes(), new TheFawkes())).deadline(Deadline.rounds(180)).seed(3).build()
                .run();
        assertNull(r.error());
        SessionResult timed = Fixtures.session().profiles(List.of(a, b))
                // a time deadline with room for a loaded machine: at 0.2 s, init alone overran it at load 15
                .agents(List.of(new TheFawkes(), new AgentK())).deadline(Deadline.seconds(3)).seed(3).build()
                .run();
        assertNull(timed.error());
    }
}
