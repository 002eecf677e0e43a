package org.parley.agent.champions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.Evaluator;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Deadline;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionResult;

class NiceTitForTatTest {

    @Test
    void normalisedEstimatesSpanExactlyZeroToOne() {
        Profile p = Fixtures.discrete("n", 0, 1, new double[] {0.3, 0.3, 0.4}, new double[] {1, 2, 3, 4},
                new double[] {3, 1, 2}, new double[] {1, 5});
        BayesianScalableModel m = new BayesianScalableModel(p.domain(), false);
        m.update(new int[] {0, 1, 0});
        m.update(new int[] {0, 2, 1});
        m.update(new int[] {1, 2, 1});
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        GeniusOutcomes all = GeniusOutcomes.build(p);
        for (int k = 0; k < all.size(); k++) {
            double e = m.estimate(all.outcome(k));
            min = Math.min(min, e);
            max = Math.max(max, e);
        }
        assertEquals(0.0, min);
        assertEquals(1.0, max);
        assertTrue(m.expectedWeight(0) > 0);
    }

    /** GENIUS's frontier (mergeIntoFrontier, one point at a time) and Nash scan, literally, O(N²). */
    private static double bruteNash(Profile p, BayesianScalableModel m) {
        GeniusOutcomes all = GeniusOutcomes.build(p);
        List<double[]> frontier = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            double[] q = {all.utility(k), m.estimate(all.outcome(k))};
            boolean dominated = false;
            for (double[] f : frontier) {
                if (f[0] >= q[0] && f[1] >= q[1] && (f[0] > q[0] || f[1] > q[1])) {
                    dominated = true;
                }
            }
            if (dominated) {
                continue;
            }
            frontier.removeIf(f -> q[0] >= f[0] && q[1] >= f[1] && (q[0] > f[0] || q[1] > f[1]));
            frontier.add(q);
        }
        frontier.sort((a, b) -> Double.compare(a[0], b[0]));
        double best = -1;
        double u = Double.NaN;
        for (double[] f : frontier) {
            double product = (f[0] - p.reservationValue()) * f[1];
            if (product > best) {
                best = product;
                u = f[0];
            }
        }
        return u;
    }

    @Test
    void nashPointMatchesTheLiteralFrontierConstruction() {
        SplittableRandom r = new SplittableRandom(11);
        for (int trial = 0; trial < 30; trial++) {
            int issues = 2 + r.nextInt(3);
            double[][] eval = new double[issues][];
            double[] w = new double[issues];
            for (int i = 0; i < issues; i++) {
                eval[i] = new double[2 + r.nextInt(4)];
                for (int v = 0; v < eval[i].length; v++) {
                    eval[i][v] = 1 + r.nextInt(4);
                }
                w[i] = 1.0 / issues;
            }
            Profile p = Fixtures.discrete("t" + trial, trial % 3 == 0 ? 0.3 : 0, 1, w, eval);
            NiceTitForTat a = new NiceTitForTat();
            a.init(Fixtures.settings(p, 180, trial));
            Fixtures.Clock clock = new Fixtures.Clock(180);
            a.chooseAction(clock.round(1));
            for (int round = 1; round < 6; round++) {
                int[] bid = new int[issues];
                for (int i = 0; i < issues; i++) {
                    bid[i] = r.nextInt(eval[i].length);
                }
                a.receive(new Offer(1, bid), clock.round(round));
                a.chooseAction(clock.round(round + 1));
                double expected = bruteNash(p, a.model());
                assertEquals(expected, a.nashUtility(), 0.0, "trial " + trial + " round " + round);
            }
        }
    }

    @Test
    void discreteHypothesesAreUphillDownhillAndTriangles() {
        Profile p = Fixtures.discrete("h", 0, 1, new double[] {1}, new double[] {1, 2, 3, 4});
        BayesianScalableModel m = new BayesianScalableModel(p.domain(), false);
        // with uniform priors E_e(v) is the mean of: uphill (1, 1001, 2001, 3001)/3001, downhill reversed,
        // triangle q=1 (0, 1001, 501, 1)/1001 and q=2 (0, 500, 1001, 1)/1001
        double[] expected = new double[4];
        double[][] h = {{1 / 3001.0, 1001 / 3001.0, 2001 / 3001.0, 1}, {1, 2001 / 3001.0, 1001 / 3001.0, 1 / 3001.0},
            {0, 1, 501 / 1001.0, 1 / 1001.0}, {0, 500 / 1001.0, 1, 1 / 1001.0}};
        for (int v = 0; v < 4; v++) {
            for (double[] g : h) {
                expected[v] += 0.25 * g[v];
            }
        }
        double[][] t = m.terms();
        double w = m.expectedWeight(0);
        for (int v = 0; v < 4; v++) {
            assertEquals(expected[v] * w, t[0][v], 1e-12);
        }
    }

    @Test
    void acceptsInTheEndGameWhenNothingBetterCameInTheWindow() {
        Profile p = Fixtures.oneIssue("e", 0.8, 1, 1.0, 0.6, 0.3, 0.1);
        NiceTitForTat a = new NiceTitForTat();
        a.init(Fixtures.settings(p, 180, 1));
        Fixtures.Clock clock = new Fixtures.Clock(180);
        a.chooseAction(clock.round(1));
        for (int round = 1; round < 177; round++) {
            a.receive(new Offer(1, new int[] {2}), clock.round(round));
            assertInstanceOf(Offer.class, a.chooseAction(clock.round(round + 1)));
        }
        // round 178: t = 0.9834 ≥ 0.98; the window (t − (1 − t), t] holds only offers of 0.3 and nothing better:
        // it accepts 0.3, far below its reservation value 0.8
        a.receive(new Offer(1, new int[] {2}), clock.round(177));
        assertInstanceOf(Accept.class, a.chooseAction(clock.round(178)));
    }

    private static Profile integers(String name, boolean up) {
        Domain d = new Domain("ints", List.of(new IntegerIssue("a", 0, 9), new IntegerIssue("b", 0, 4)));
        List<Evaluator> e = List.of(new IntegerLinearEvaluator(up ? 0.1 : -0.1, up ? 0.1 : 1),
                new IntegerLinearEvaluator(up ? 0.25 : -0.25, up ? 0 : 1));
        return new Profile(name, new AdditiveUtility(d, new double[] {0.5, 0.5}, e), 0, 1);
    }

    @Test
    void integerIssuesFailTheGeniusVariantOnItsSecondActionOnly() {
        SessionResult clean = Fixtures.session().profiles(List.of(integers("a", true), integers("b", false)))
                .agents(List.of(new NiceTitForTat(), new NiceTitForTat())).deadline(Deadline.rounds(180)).seed(1)
                .build().run();
        assertNull(clean.error());
        SessionResult genius = Fixtures.session().profiles(List.of(integers("a", true), integers("b", false)))
                .agents(List.of(new NiceTitForTat(true), new AgentK())).deadline(Deadline.rounds(180)).seed(1)
                .build().run();
        assertTrue(genius.error() != null && genius.error().contains("no hypotheses for integer issues"),
                genius.error());
        assertEquals(2, genius.round());
    }
}
