package org.parley.agent.champions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.domain.Domain;
import org.parley.domain.RealIssue;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.Evaluator;
import org.parley.preference.Profile;
import org.parley.preference.RealLinearEvaluator;
import org.parley.protocol.Accept;
import org.parley.protocol.Deadline;
import org.parley.protocol.EndNegotiation;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionResult;

class Atlas3Test {

    @Test
    void thresholdFollowsTheFinalOfferGame() {
        // d = r = 0.5 and no offer above r: θ = max(1 − 2t, 0.25·2^t); the walk-away test first holds at t = 54/181
        Profile p = Fixtures.oneIssue("a", 0.5, 0.5, 1.0, 0.6, 0.2);
        Atlas3 a = new Atlas3();
        a.init(Fixtures.settings(p, 180, 1));
        for (int round = 1; round <= 180; round += 13) {
            double t = round / 181.0;
            assertEquals(Math.max(1 - 2 * t, 0.25 * Math.pow(2, t)), a.threshold(t), 1e-12);
        }
        assertTrue(0.5 * Math.pow(0.5, 53 / 181.0) < a.threshold(53 / 181.0));
        assertTrue(0.5 * Math.pow(0.5, 54 / 181.0) >= a.threshold(54 / 181.0));
        // d = 1, r = 0: from 1 linearly to 2C/(1 + C), C the best offer
        Profile q = Fixtures.oneIssue("b", 0, 1, 1.0, 0.6, 0.2);
        Atlas3 b = new Atlas3();
        b.init(Fixtures.settings(q, 180, 1));
        b.receive(new Offer(1, new int[] {1}), new Fixtures.Clock(180));
        double target = 2 * 0.6 / 1.6;
        assertEquals(target + (1 - target) * 0.5, b.threshold(0.5), 1e-12);
    }

    @Test
    void walksAwayWhenItsDiscountedReservationValueReachesTheThreshold() {
        Profile p = Fixtures.oneIssue("a", 0.5, 0.5, 1.0, 0.9, 0.2, 0.1);
        Atlas3 a = new Atlas3();
        a.init(Fixtures.settings(p, 180, 1));
        Fixtures.Clock clock = new Fixtures.Clock(180);
        for (int round = 1; round < 54; round++) {
            assertInstanceOf(Offer.class, a.chooseAction(clock.round(round)));
            a.receive(new Offer(1, new int[] {3}), clock.round(round));
        }
        assertInstanceOf(EndNegotiation.class, a.chooseAction(clock.round(54)));
    }

    @Test
    void finalPhaseOffersTheOpponentsOwnBidsBestFirst() {
        // d = 1, r = 0, 10 rounds; the opponent offers 0.1, 0.2, 0.3, 0.4, 0.05 (values 1, 2, 3, 4, 6)
        Profile p = Fixtures.oneIssue("a", 0, 1, 1.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.05);
        Atlas3 a = new Atlas3();
        a.init(Fixtures.settings(p, 10, 1));
        Fixtures.Clock clock = new Fixtures.Clock(10);
        int[] offers = {1, 2, 3, 4, 6};
        for (int round = 1; round <= 5; round++) {
            assertInstanceOf(Offer.class, a.chooseAction(clock.round(round)));
            a.receive(new Offer(1, new int[] {offers[round - 1]}), clock.round(round));
        }
        // round 6: t = 6/11 > 1 − (t/6)(|PB| + 1) = 5/11: final phase; PB best first is 0.4, 0.3, 0.2, 0.1, 0.05
        assertEquals(4, assertInstanceOf(Offer.class, a.chooseAction(clock.round(6))).outcome()[0]);
        // the opponent answers 0.3, as good as the next entry of PB: accepted
        a.receive(new Offer(1, new int[] {3}), clock.round(6));
        assertInstanceOf(Accept.class, a.chooseAction(clock.round(7)));
    }

    @Test
    void realIssuesAreSearchedOnTheGridByDefaultAndFailTheGeniusSamplerWhenOutOfReach() {
        // a single real issue whose best value is the upper bound: the original's sampler never reaches it
        Domain d = new Domain("r", List.of(new RealIssue("x", 0, 1)));
        List<Evaluator> up = List.of(new RealLinearEvaluator(0, 1));
        List<Evaluator> down = List.of(new RealLinearEvaluator(1, -1));
        Profile a = new Profile("a", new AdditiveUtility(d, new double[] {1}, up), 0, 1);
        Profile b = new Profile("b", new AdditiveUtility(d, new double[] {1}, down), 0, 1);
        SessionResult clean = Fixtures.session().profiles(List.of(a, b)).agents(List.of(new Atlas3(), new Atlas3()))
                .deadline(Deadline.rounds(180)).seed(1).build().run();
        assertNull(clean.error());
        SessionResult genius = Fixtures.session().profiles(List.of(a, b))
                .agents(List.of(new Atlas3(true), new Atlas3())).deadline(Deadline.rounds(180)).seed(1).build().run();
        assertTrue(genius.error() != null && genius.error().contains("random sampler"), genius.error());
        SessionResult mixed = Fixtures.session().profiles(List.of(Fixtures.mixed("x", true), Fixtures.mixed("y",
                false))).agents(List.of(new Atlas3(), new Atlas3())).deadline(Deadline.rounds(180)).seed(1).build()
                .run();
        assertNull(mixed.error());
    }
}
