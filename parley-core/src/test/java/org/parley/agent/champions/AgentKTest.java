package org.parley.agent.champions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.domain.Domain;
import org.parley.domain.IntegerIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.Evaluator;
import org.parley.preference.IntegerLinearEvaluator;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;
import org.parley.protocol.Offer;

class AgentKTest {

    private final Fixtures.Clock clock = new Fixtures.Clock(180);

    @Test
    void opensWithABestOutcomeAndFollowsTheTargetFormulas() {
        Profile p = Fixtures.oneIssue("k", 0.9, 1, 1.0, 0.8, 0.6, 0.4, 0.2);
        AgentK a = new AgentK();
        a.init(Fixtures.settings(p, 180, 7));
        assertEquals(0, assertInstanceOf(Offer.class, a.chooseAction(clock.round(1))).outcome()[0]);
        // one offer of utility 0.2 at t = 2/181: mean 0.2, sigma 0, E = 0.2; both targets pulled to
        // X - 1/(d·m) with d = X - E ≈ 0.8 and m = 400 - 300 t³
        a.receive(new Offer(1, new int[] {4}), clock.round(1));
        Action r = a.chooseAction(clock.round(2));
        double t = 2 / 181.0;
        double alpha = 3 + 6 * 0.2;
        double pre = 1 - Math.pow(t, alpha) * 0.8;
        double x = 2 * pre - 1;
        double d = x - 0.2;
        double m = 400 - 300 * t * t * t;
        assertEquals(x - 1 / (d * m), a.target(), 1e-12);
        // the reservation value (0.9) is ignored: still bidding for utility near 1
        assertEquals(0, assertInstanceOf(Offer.class, r).outcome()[0]);
    }

    @Test
    void acceptanceProbabilityFollowsTheFormula() {
        Profile p = Fixtures.oneIssue("k", 0, 1, 1.0, 0.8, 0.6, 0.4, 0.2);
        AgentK a = new AgentK();
        a.init(Fixtures.settings(p, 180, 7));
        double t1 = 100 / 181.0;
        double t2 = 101 / 181.0;
        a.acceptProbability(new int[] {1}, t1);
        double prob = a.acceptProbability(new int[] {0}, t2);
        // offers 0.8 and 1.0: mean 0.9, var 0.01, sigma = sqrt(0.12), E = 0.9 + 0.1 sigma
        double sigma = Math.sqrt(0.12);
        double e = 0.9 + 0.1 * sigma;
        double alpha = 1 + 2 + 10 * 0.9 - 2 * 2 * 0.9;
        double pre = 1 - Math.pow(t2, alpha) * (1 - e);
        double ratio = Math.min(2, (sigma + 0.1) / (1 - pre));
        double x = ratio * pre + 1 - ratio;
        double m = 400 - 300 * t2 * t2 * t2;
        double d = x - e;
        double target = x - d * Math.min(m, 1 / (d * d)) / m;
        double expected = Math.pow(t2, alpha) / 5 + (1 - e) + (1 - target);
        assertEquals(target, a.target(), 1e-9);
        assertEquals(expected, prob, 1e-9);
        assertTrue(prob > 0.1 && prob < 1, "a real probability: " + prob);
        // a poor offer gets probability 0: always rejected, whatever the draw
        AgentK b = new AgentK();
        b.init(Fixtures.settings(p, 180, 7));
        assertEquals(0, b.acceptProbability(new int[] {4}, t1));
    }

    private static Profile integers(long lb, long ub) {
        Domain d = new Domain("ints", List.of(new IntegerIssue("n", lb, ub), new IntegerIssue("m", 0, 3)));
        List<Evaluator> e = List.of(new IntegerLinearEvaluator(0.1, 0.5), new IntegerLinearEvaluator(0.25, 0.25));
        return new Profile("ints", new AdditiveUtility(d, new double[] {0.5, 0.5}, e), 0, 1);
    }

    @Test
    void theGeniusVariantNeverDrawsAnIntegerUpperBound() {
        Profile p = integers(0, 5);
        boolean cleanSawUpper = false;
        for (long seed = 0; seed < 200; seed++) {
            AgentK genius = new AgentK(true);
            genius.init(Fixtures.settings(p, 180, seed));
            int[] o = assertInstanceOf(Offer.class, genius.chooseAction(clock.round(1))).outcome();
            assertTrue(o[0] < 5 && o[1] < 3, "GENIUS draws lb..ub-1, got " + java.util.Arrays.toString(o));
            AgentK clean = new AgentK();
            clean.init(Fixtures.settings(p, 180, seed));
            int[] c = assertInstanceOf(Offer.class, clean.chooseAction(clock.round(1))).outcome();
            cleanSawUpper |= c[0] == 5 && c[1] == 3;
        }
        // the clean version reaches the best outcome (5, 3), utility 1
        assertTrue(cleanSawUpper);
        assertEquals(1.0, p.utility(new int[] {5, 3}), 1e-12);
    }

    @Test
    void theGeniusVariantFailsOnASingleValuedIntegerIssueLikeTheOriginal() {
        Profile p = integers(4, 4);
        AgentK genius = new AgentK(true);
        genius.init(Fixtures.settings(p, 180, 1));
        assertThrows(IllegalArgumentException.class, () -> genius.chooseAction(clock.round(1)));
        genius.receive(new Offer(1, new int[] {0, 2}), clock.round(1));
        // later, the failure makes it accept the last offer
        assertInstanceOf(Accept.class, genius.chooseAction(clock.round(2)));
        AgentK clean = new AgentK();
        clean.init(Fixtures.settings(p, 180, 1));
        assertInstanceOf(Offer.class, clean.chooseAction(clock.round(1)));
    }

    @Test
    void withSeveralOpponentsTheCleanVersionAnswersTheOfferOnTheTable() {
        Profile p = Fixtures.oneIssue("k", 0, 1, 1.0, 0.8, 0.6, 0.4, 0.2);
        AgentSettings three = new AgentSettings(2, 3, p, Deadline.rounds(180), "SAOP", 5);
        AgentK clean = new AgentK();
        clean.init(three);
        clean.receive(new Offer(0, new int[] {3}), clock.round(1));
        clean.receive(new Accept(1, new int[] {3}), clock.round(1));
        Action a = clean.chooseAction(clock.round(1));
        assertTrue(a instanceof Offer || a instanceof Accept);
        AgentK genius = new AgentK(true);
        genius.init(three);
        genius.receive(new Offer(0, new int[] {3}), clock.round(1));
        genius.receive(new Accept(1, new int[] {3}), clock.round(1));
        assertNull(genius.chooseAction(clock.round(1)));
        assertEquals("agentk?genius", genius.name());
    }
}
