package org.parley.agent.champions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.parley.preference.Profile;
import org.parley.protocol.Action;
import org.parley.protocol.Deadline;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionResult;

class HardHeadedTest {

    @Test
    void targetFollowsTheSpecifiedCurve() {
        // ItexvsCypress-A numbers (maxU = 1, d = 0.5): 0.98962 in round 1, 0.7925 at t = s, 0.6164 one round
        // later, 0.5865 at t = 0.90
        assertEquals(0.98962, HardHeaded.target(1 / 181.0, 1, 0.5), 5e-6);
        assertEquals(0.7925, HardHeaded.target(0.5, 1, 0.5), 1e-12);
        assertEquals(0.6164, HardHeaded.target(91 / 181.0, 1, 0.5), 5e-5);
        assertEquals(0.5865, HardHeaded.target(0.90, 1, 0.5), 5e-5);
        // undiscounted: from 0.585 + 0.95·(maxU − 0.585) towards 0.585, with exponent 20
        assertEquals(0.585 + 0.95 * 0.415, HardHeaded.target(0, 1, 1), 1e-12);
        assertEquals(0.585 + (1 - (0.05 + 0.95 * Math.pow(0.5, 20))) * 0.415, HardHeaded.target(0.5, 1, 1), 1e-12);
        // 0.9 ≤ d < 1 after t > d: (t/s)^20 > 1 drives the target below 0.585 and below 0
        assertTrue(HardHeaded.target(0.99, 1, 0.9) < 0);
    }

    /** The construction of the spec, literally, with java.util.TreeMap. */
    private static TreeMap<Double, int[]> oracle(Profile p) {
        int n = p.domain().issueCount();
        TreeMap<Double, int[]> m = new TreeMap<>();
        m.put(p.utility(new int[n]), new int[n]);
        for (int j = 0; j < n; j++) {
            TreeMap<Double, int[]> t = new TreeMap<>();
            double d = -0.00000001;
            for (Map.Entry<Double, int[]> e : m.entrySet()) {
                for (int v = 0; v < p.domain().issue(j).size(); v++) {
                    int[] b = e.getValue().clone();
                    b[j] = v;
                    t.put(p.utility(b) + d, b);
                    d = d - 0.00000001;
                }
            }
            m = t;
        }
        return m;
    }

    @Test
    void bidListMatchesTheLiteralSortedMapConstruction() {
        SplittableRandom r = new SplittableRandom(4);
        for (int trial = 0; trial < 20; trial++) {
            int issues = 2 + r.nextInt(3);
            double[][] eval = new double[issues][];
            double[] w = new double[issues];
            for (int i = 0; i < issues; i++) {
                eval[i] = new double[2 + r.nextInt(4)];
                for (int v = 0; v < eval[i].length; v++) {
                    // few distinct levels, so many outcomes lie within N·1e-8 of each other
                    eval[i][v] = 1 + r.nextInt(3);
                }
                w[i] = 1.0 / issues;
            }
            Profile p = Fixtures.discrete("p" + trial, 0, 1, w, eval);
            TreeMap<Double, int[]> expected = oracle(p);
            HardHeadedBidList list = HardHeadedBidList.build(p);
            assertEquals(expected.size(), list.size(), "trial " + trial);
            int k = 0;
            for (Map.Entry<Double, int[]> e : expected.entrySet()) {
                assertEquals(e.getKey(), list.key(k), "trial " + trial);
                assertArrayEquals(e.getValue(), list.outcome(k), "trial " + trial);
                k++;
            }
            double probe = list.key(list.size() / 2);
            assertEquals(expected.lowerKey(probe), list.key(list.below(probe)));
            assertEquals(expected.floorKey(probe), list.key(list.atOrBelow(probe)));
        }
    }

    @Test
    void sliderModelRenormalisesAfterEveryWeightWrite() {
        Profile p = Fixtures.discrete("m", 0, 1, new double[] {0.5, 0.5}, new double[] {1, 2, 3},
                new double[] {1, 2});
        SliderFrequencyModel m = new SliderFrequencyModel(p.domain(), 0.2);
        m.update(new int[] {0, 1});
        assertEquals(0.5, m.weight(0));
        m.update(new int[] {0, 0});
        // issue 0 unchanged: γ = 0.1, total = 1.1, wmax = 1 − 0.2/1.1; w0 target (0.5 + 0.1)/1.1, then the slider
        double gamma = 0.1;
        double total = 1 + gamma;
        double w0 = 0.6 / total;
        double w1 = 0.5;
        double sum = w0 + w1;
        double delta = sum - 1;
        double c = sum + 0.1;
        double a0 = w0 - delta * (w0 + 0.05) / c;
        double a1 = w1 - delta * (w1 + 0.05) / c;
        // issue 1 changed: target a1/total, then the slider again
        double b1 = a1 / total;
        double s2 = a0 + b1;
        double d2 = s2 - 1;
        double c2 = s2 + 0.1;
        assertEquals(a0 - d2 * (a0 + 0.05) / c2, m.weight(0), 1e-15);
        assertEquals(b1 - d2 * (b1 + 0.05) / c2, m.weight(1), 1e-15);
        assertEquals(2, m.count(0, 0));
        assertEquals(2, m.count(1, 0));
        assertEquals(1, m.count(1, 1));
        // Û = w0·(2/2) + w1·(1/2)
        assertEquals(m.weight(0) + m.weight(1) * 0.5, m.evaluate(new int[] {0, 1}), 1e-15);
    }

    @Test
    void theGeniusVariantRefusesNonDiscreteIssuesAndTheDefaultPlaysThem() {
        Profile a = Fixtures.mixed("a", true);
        Profile b = Fixtures.mixed("b", false);
        HardHeaded genius = new HardHeaded(true);
        String m = assertThrows(IllegalArgumentException.class,
                () -> genius.init(Fixtures.settings(a, 180, 1))).getMessage();
        assertTrue(m.contains("issue 'count' is not discrete"), m);
        SessionResult r = Fixtures.session().profiles(List.of(a, b))
                .agents(List.of(new HardHeaded(), new HardHeaded())).deadline(Deadline.rounds(180)).seed(3).build()
                .run();
        assertEquals(null, r.error());
    }

    @Test
    void theGeniusVariantFailsWhenItsWalkPassesTheWorstOutcomeAndTheDefaultStaysThere() {
        // d = 0.95: after t > 0.95 the target turns negative and the agent walks down one batch per turn; its two
        // worst outcomes lie within 0.01, so the walk from the second worst steps past the worst
        Profile me = Fixtures.oneIssue("me", 0, 0.95, 1.0, 0.9, 0.8, 0.705, 0.7);
        Profile other = Fixtures.oneIssue("other", 0, 1, 0.1, 0.2, 0.3, 0.4, 1.0);
        SessionResult clean = Fixtures.session().profiles(List.of(me, other))
                .agents(List.of(new HardHeaded(), new Stubborn(4))).deadline(Deadline.rounds(180)).seed(1)
                .build().run();
        assertEquals(null, clean.error());
        assertArrayEquals(new int[] {4}, clean.agreement());
        SessionResult genius = Fixtures.session().profiles(List.of(me, other))
                .agents(List.of(new HardHeaded(true), new Stubborn(4))).deadline(Deadline.rounds(180)).seed(1)
                .build().run();
        assertTrue(genius.error() != null && genius.error().contains("walked past its worst outcome"),
                genius.error());
    }

    /** Always offers one outcome and never accepts. */
    static final class Stubborn implements org.parley.protocol.Agent {
        private final int value;
        private int party;

        Stubborn(int value) {
            this.value = value;
        }

        @Override
        public void init(org.parley.protocol.AgentSettings s) {
            party = s.party();
        }

        @Override
        public void receive(Action a, org.parley.protocol.Timeline t) {
        }

        @Override
        public Action chooseAction(org.parley.protocol.Timeline t) {
            return new Offer(party, new int[] {value});
        }

        @Override
        public String name() {
            return "stubborn";
        }
    }

    @Test
    void opensWithTheTopOfItsRanking() {
        Profile p = Fixtures.oneIssue("p", 0.9, 1, 0.3, 1.0, 0.6);
        HardHeaded a = new HardHeaded();
        a.init(Fixtures.settings(p, 180, 1));
        assertEquals(1, assertInstanceOf(Offer.class, a.chooseAction(new Fixtures.Clock(180))).outcome()[0]);
    }
}
