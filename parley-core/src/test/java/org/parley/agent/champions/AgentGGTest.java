package org.parley.agent.champions;

import org.parley.util.Sorting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.preference.Profile;
import org.parley.protocol.Deadline;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionResult;

class AgentGGTest {

    private static final Profile PROFILE = Fixtures.discrete("g", 0.2, 1, new double[] {0.5, 0.3, 0.2},
            new double[] {1, 2, 3}, new double[] {3, 1, 2}, new double[] {2, 3, 1});

    @Test
    void importanceIsTheMeanRankingPositionShiftedToZero() {
        ImportanceMap m = ImportanceMap.build(PROFILE, false);
        GeniusOutcomes all = GeniusOutcomes.build(PROFILE);
        int n = all.size();
        double[] u = new double[n];
        for (int k = 0; k < n; k++) {
            u[k] = all.utility(k);
        }
        int[] ranking = Sorting.ascending(u);
        // brute force: mean 1-based position of the ranked outcomes holding each value
        double[][] mean = new double[3][3];
        int[][] count = new int[3][3];
        for (int j = 0; j < n; j++) {
            int[] o = all.outcome(ranking[j]);
            for (int i = 0; i < 3; i++) {
                mean[i][o[i]] += j + 1;
                count[i][o[i]]++;
            }
        }
        double mu = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            for (int v = 0; v < 3; v++) {
                mean[i][v] /= count[i][v];
                mu = Math.min(mu, mean[i][v]);
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int v = 0; v < 3; v++) {
                assertEquals(mean[i][v] - mu, m.importance[i][v], 1e-12);
            }
        }
        // the best outcome by utility is the max-importance bid here
        assertEquals(m.max, m.of(m.maxBid), 0);
        assertEquals(1.0, PROFILE.utility(m.maxBid), 1e-12);
        // n = 27 is odd: a = 13, the median is the importance of ranked outcome 13 (1-based), one below the middle
        assertEquals(m.of(all.outcome(ranking[12])), m.median, 1e-12);
    }

    @Test
    void thresholdScheduleFollowsTheTable() {
        AgentGG a = new AgentGG();
        a.init(Fixtures.settings(PROFILE, 180, 1));
        a.thresholds(0.005);
        assertEquals(0.9999, a.low());
        a.thresholds(0.015);
        assertEquals(0.99, a.low());
        a.thresholds(0.1);
        assertEquals(0.99 - 0.5 * 0.08, a.low(), 1e-12);
        // E = 0 before the estimate: P3 = 0.3
        a.thresholds(0.35);
        assertEquals(0.9 - 0.6 / 0.3 * 0.15, a.low(), 1e-12);
        a.thresholds(0.95);
        assertEquals(Math.max(0.15 - 0.1 / 0.08 * 0.05, a.reservationRatio() + 0.3), a.low(), 1e-12);
    }

    /** The original's §10 draw by draw. */
    private static int literal(AgentGG a, Random r, double lo, double hi, boolean randomMode) {
        ImportanceMap m = a.map();
        GeniusOutcomes all = m.outcomes;
        int n = all.size();
        for (int attempt = 0; attempt < 3; attempt++) {
            long best = 0;
            int kept = -1;
            for (int k = 0; k < 2 * n; k++) {
                int pick = r.nextInt(n);
                double imp = m.ofOutcome[pick];
                if (lo <= imp && imp <= hi) {
                    if (randomMode) {
                        return pick;
                    }
                    int[] o = all.outcome(pick);
                    long s = 0;
                    for (int i = 0; i < o.length; i++) {
                        s += a.opponentCounts()[i][o[i]];
                    }
                    if (s > best) {
                        best = s;
                        kept = pick;
                    }
                }
            }
            if (kept >= 0) {
                return kept;
            }
        }
        while (true) {
            int pick = r.nextInt(n);
            if (m.ofOutcome[pick] >= lo) {
                return pick;
            }
        }
    }

    @Test
    void simulatedDrawsHaveTheDistributionOfTheOriginalsDrawByDrawSearch() {
        for (boolean randomMode : new boolean[] {true, false}) {
            AgentGG a = new AgentGG();
            a.init(Fixtures.settings(PROFILE, 180, 7));
            Fixtures.Clock clock = new Fixtures.Clock(180);
            a.chooseAction(clock.round(1));
            // opponent offers fill its value counts (counted while t < 0.3)
            int[][] offers = {{0, 0, 2}, {0, 1, 2}, {1, 0, 2}, {0, 0, 1}};
            for (int k = 0; k < offers.length; k++) {
                a.receive(new Offer(1, offers[k]), clock.round(k + 1));
                a.chooseAction(clock.round(k + 2));
            }
            double t = randomMode ? 0.1 : 0.45;
            a.thresholds(t);
            double span = a.map().max - a.map().min;
            double lo = a.low() * span + a.map().min;
            double hi = (a.low() + 0.1) * span + a.map().min;
            GeniusOutcomes all = a.map().outcomes;
            int samples = 20_000;
            double[] simulated = new double[all.size()];
            double[] original = new double[all.size()];
            Random r = new Random(3);
            for (int s = 0; s < samples; s++) {
                simulated[all.position(a.chooseBid())] += 1.0 / samples;
                original[literal(a, r, lo, hi, randomMode)] += 1.0 / samples;
            }
            for (int k = 0; k < all.size(); k++) {
                // 5 standard errors of a difference of two proportions from 20,000 draws each
                double p = (simulated[k] + original[k]) / 2;
                double tolerance = 5 * Math.sqrt(2 * p * (1 - p) / samples) + 1e-9;
                assertEquals(original[k], simulated[k], tolerance, "mode " + randomMode + " outcome " + k);
            }
        }
    }

    @Test
    void theGeniusVariantRefusesNonDiscreteIssuesAndTheDefaultPlaysThem() {
        String m = assertThrows(IllegalArgumentException.class,
                () -> new AgentGG(true).init(Fixtures.settings(Fixtures.mixed("a", true), 180, 1))).getMessage();
        assertTrue(m.contains("not discrete"), m);
        SessionResult r = Fixtures.session().profiles(List.of(Fixtures.mixed("a", true), Fixtures.mixed("b",
                false))).agents(List.of(new AgentGG(), new AgentGG())).deadline(Deadline.rounds(180)).seed(2)
                .build().run();
        assertNull(r.error());
    }

    @Test
    void opensWithItsMaxBid() {
        AgentGG a = new AgentGG();
        a.init(Fixtures.settings(PROFILE, 180, 1));
        Offer o = assertInstanceOf(Offer.class, a.chooseAction(new Fixtures.Clock(180)));
        assertEquals(1.0, PROFILE.utility(o.outcome()), 1e-12);
    }
}
