package org.parley.agent.champions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.DiscreteEvaluator;
import org.parley.preference.Evaluator;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;
import org.parley.protocol.EndNegotiation;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionResult;

class CuhkAgentTest {

    @Test
    void binsAreClosedIntervalsAndAValueOnALineGoesToTheLowerBin() {
        assertEquals(100, CuhkBins.binCount(1.0));
        assertEquals(99, CuhkBins.binCount(0.9999999999999999));
        assertEquals(99, CuhkBins.binOf(1.0, 100));
        assertEquals(49, CuhkBins.binOf(0.5, 100));
        assertEquals(50, CuhkBins.binOf(0.505, 100));
        assertEquals(0, CuhkBins.binOf(0.0, 100));
        assertEquals(-1, CuhkBins.binOf(0.995, 99));
    }

    @Test
    void opensWithItsBestOutcomeAndAnswersItsFirstOfferWithItToo() {
        Profile p = Fixtures.oneIssue("c", 0, 1, 0.2, 1.0, 0.5);
        CuhkAgent a = new CuhkAgent();
        a.init(Fixtures.settings(p, 180, 1));
        Fixtures.Clock clock = new Fixtures.Clock(180);
        assertEquals(1, assertInstanceOf(Offer.class, a.chooseAction(clock.round(1))).outcome()[0]);
        // second mover: even an excellent first offer gets ω_max back
        CuhkAgent b = new CuhkAgent();
        b.init(new AgentSettings(1, 2, p, Deadline.rounds(180), "SAOP", 1));
        b.receive(new Offer(0, new int[] {1}), clock.round(1));
        assertEquals(1, assertInstanceOf(Offer.class, b.chooseAction(clock.round(1))).outcome()[0]);
        b.receive(new Offer(0, new int[] {1}), clock.round(2));
        assertInstanceOf(Accept.class, b.chooseAction(clock.round(2)));
    }

    @Test
    void undiscountedSmallDomainsNeverConcede() {
        Profile p = Fixtures.oneIssue("c", 0, 1, 0.2, 1.0, 0.5, 0.95);
        CuhkAgent a = new CuhkAgent();
        a.init(Fixtures.settings(p, 180, 1));
        Fixtures.Clock clock = new Fixtures.Clock(180);
        a.chooseAction(clock.round(1));
        for (int r = 2; r < 180; r += 11) {
            a.receive(new Offer(1, new int[] {3}), clock.round(r - 1));
            assertInstanceOf(Offer.class, a.chooseAction(clock.round(r)));
            assertEquals(1.0, a.threshold());
        }
    }

    @Test
    void walksAwayWhenTheReservationValueBeatsWhatItCanGet() {
        // discounted: after λ the threshold is Umax·d^(1−t); with r = 0.9 > τ it ends the negotiation
        Profile p = Fixtures.oneIssue("c", 0.9, 0.5, 0.2, 1.0, 0.5);
        CuhkAgent a = new CuhkAgent();
        a.init(Fixtures.settings(p, 180, 1));
        Fixtures.Clock clock = new Fixtures.Clock(180);
        a.chooseAction(clock.round(1));
        boolean ended = false;
        for (int r = 2; r <= 180 && !ended; r++) {
            a.receive(new Offer(1, new int[] {0}), clock.round(r - 1));
            ended = a.chooseAction(clock.round(r)) instanceof EndNegotiation;
        }
        assertTrue(ended);
    }

    @Test
    void largeSpacesUseTheSampledBinsAndRunDeterministically() {
        // 6 issues of 6 values: 46,656 outcomes (≥ 20,000: sampled bins)
        List<Issue> issues = new ArrayList<>();
        List<Evaluator> ev = new ArrayList<>();
        List<Evaluator> rev = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            List<String> values = new ArrayList<>();
            java.util.Map<String, Double> up = new java.util.LinkedHashMap<>();
            java.util.Map<String, Double> down = new java.util.LinkedHashMap<>();
            for (int v = 0; v < 6; v++) {
                values.add("v" + v);
                up.put("v" + v, v + 1.0);
                down.put("v" + v, 6.0 - v);
            }
            issues.add(new DiscreteIssue("i" + i, values));
            ev.add(new DiscreteEvaluator(up, true));
            rev.add(new DiscreteEvaluator(down, true));
        }
        double[] w = new double[6];
        Arrays.fill(w, 1.0 / 6);
        Domain d = new Domain("big", issues);
        Profile a = new Profile("a", new AdditiveUtility(d, w, ev), 0, 1);
        Profile b = new Profile("b", new AdditiveUtility(d, w, rev), 0, 1);
        SessionResult x = run(a, b, 4);
        SessionResult y = run(a, b, 4);
        assertNull(x.error());
        assertEquals(x.round(), y.round());
        assertEquals(x.hasAgreement(), y.hasAgreement());
    }

    private static SessionResult run(Profile a, Profile b, long seed) {
        return Fixtures.session().profiles(List.of(a, b)).agents(List.of(new CuhkAgent(), new CuhkAgent(true)))
                .deadline(Deadline.rounds(180)).seed(seed).build().run();
    }

    @Test
    void withSeveralOpponentsOnlyTheGeniusVariantFailsAfterAnAccept() {
        Profile p = Fixtures.oneIssue("c", 0, 1, 0.2, 1.0, 0.5);
        Fixtures.Clock clock = new Fixtures.Clock(180);
        for (boolean genius : new boolean[] {false, true}) {
            CuhkAgent a = new CuhkAgent(genius);
            a.init(new AgentSettings(2, 3, p, Deadline.rounds(180), "SAOP", 1));
            a.receive(new Offer(0, new int[] {2}), clock.round(1));
            a.receive(new Accept(1, new int[] {2}), clock.round(1));
            if (genius) {
                assertNull(a.chooseAction(clock.round(1)));
            } else {
                assertInstanceOf(Offer.class, a.chooseAction(clock.round(1)));
            }
        }
    }
}
