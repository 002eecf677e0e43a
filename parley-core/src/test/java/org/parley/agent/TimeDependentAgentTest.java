package org.parley.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.Deadline;
import org.parley.protocol.Offer;

class TimeDependentAgentTest {

    // outcome i = {vi}; utilities 1.0, 0.9, 0.75, 0.6, 0.5, 0.3, 0.1; reservation 0.2, so Pmin = 0.2, Pmax = 1
    private final Profile profile = TestProfiles.oneIssue("td", 0.2, 1.0, 0.9, 0.75, 0.6, 0.5, 0.3, 0.1);
    private final TestProfiles.Clock clock = new TestProfiles.Clock(Deadline.seconds(10));

    private TimeDependentAgent agent(double e) {
        TimeDependentAgent a = new TimeDependentAgent("td", e);
        a.init(TestProfiles.settings(profile, Deadline.seconds(10), 1));
        return a;
    }

    private static int offered(Action a) {
        return assertInstanceOf(Offer.class, a).outcome()[0];
    }

    @Test
    void targetsScaleBetweenPminAndPmax() {
        // boulware at t = 0.5: f = 0.5^5 = 0.03125, p = 0.2 + 0.8 * 0.96875 = 0.975
        assertEquals(0.975, agent(0.2).target(0.5), 1e-12);
        // conceder: f = sqrt(0.5), p = 0.2 + 0.8 * (1 - 0.70711) = 0.43431
        assertEquals(0.2 + 0.8 * (1 - Math.sqrt(0.5)), agent(2).target(0.5), 1e-12);
        assertEquals(0.6, agent(1).target(0.5), 1e-12);
        assertEquals(1.0, agent(0).target(0.99), 1e-12);
        assertEquals(0.2, agent(1).target(1), 1e-12);
    }

    @Test
    void bidsTheOutcomeNearestTheTarget() {
        assertEquals(0, offered(agent(0.2).chooseAction(clock.at(0.5)))); // 0.975 -> 1.0
        assertEquals(4, offered(agent(2).chooseAction(clock.at(0.5)))); // 0.434 -> 0.5
        assertEquals(3, offered(agent(1).chooseAction(clock.at(0.5)))); // 0.6 -> 0.6
        assertEquals(5, offered(agent(2).chooseAction(clock.at(0.9)))); // 0.241 -> 0.3
        assertEquals(0, offered(agent(0).chooseAction(clock.at(0.999)))); // hardliner
        assertEquals(1, offered(agent(1).chooseAction(clock.at(0.1)))); // 0.92 -> 0.9
    }

    @Test
    void acceptsWhenTheOfferIsAtLeastAsGoodAsItsNextBid() {
        TimeDependentAgent linear = agent(1);
        linear.receive(new Offer(1, new int[] {3}), clock.at(0.5)); // 0.6, equal to its bid at t = 0.5
        Action a = linear.chooseAction(clock);
        assertArrayEquals(new int[] {3}, assertInstanceOf(Accept.class, a).outcome());
        TimeDependentAgent earlier = agent(1);
        earlier.receive(new Offer(1, new int[] {3}), clock.at(0.4)); // its bid at 0.4 is 0.68 -> 0.75
        assertEquals(2, offered(earlier.chooseAction(clock)));
    }

    @Test
    void pminIsTheSmallestUtilityWhenTheReservationIsLower() {
        TimeDependentAgent a = new TimeDependentAgent("td", 1);
        a.init(TestProfiles.settings(TestProfiles.oneIssue("low", 0, 1.0, 0.5, 0.25), Deadline.rounds(3), 1));
        assertEquals(0.25, a.target(1), 1e-12);
        assertEquals(0.625, a.target(0.5), 1e-12);
    }

    @Test
    void refusesANegativeExponent() {
        assertThrows(IllegalArgumentException.class, () -> new TimeDependentAgent("x", -1));
        assertThrows(IllegalArgumentException.class, () -> new TimeDependentParty("x", Double.NaN));
    }

    @Test
    void partyTargetStartsAtOneInRoundOneAndIgnoresTheReservation() {
        Deadline nine = Deadline.rounds(9); // t = r / 10, delta = 0.1
        TimeDependentParty conceder = new TimeDependentParty("c", 2);
        conceder.init(TestProfiles.settings(profile, nine, 1));
        TestProfiles.Clock rounds = new TestProfiles.Clock(nine);
        assertEquals(0, offered(conceder.chooseAction(rounds.round(1))));
        // round 5: t = 0.5, target = 1 - sqrt(0.4) = 0.3675 -> 0.3 (below the reservation value 0.2? no: 0.3)
        assertEquals(1 - Math.sqrt(0.4), TimeDependentParty.target(0.5, 0.1, 2), 1e-12);
        assertEquals(5, offered(conceder.chooseAction(rounds.round(5))));
        // round 9: t = 0.9, target = 1 - sqrt(0.8) = 0.1056 -> 0.1, below the reservation value 0.2
        assertEquals(6, offered(conceder.chooseAction(rounds.round(9))));
        // time deadline: delta = 0
        assertEquals(1 - Math.pow(0.5, 5), TimeDependentParty.target(0.5, 0, 0.2), 1e-12);
        assertEquals(1.0, TimeDependentParty.target(0.7, 0.1, 0), 1e-12);
    }

    @Test
    void partyAcceptsOnlyAStrictlyBetterOffer() {
        Deadline nine = Deadline.rounds(9);
        TestProfiles.Clock rounds = new TestProfiles.Clock(nine).round(5); // its bid: 0.3
        TimeDependentParty equal = new TimeDependentParty("c", 2);
        equal.init(TestProfiles.settings(profile, nine, 1));
        equal.receive(new Offer(1, new int[] {5}), rounds);
        assertEquals(5, offered(equal.chooseAction(rounds)));
        TimeDependentParty better = new TimeDependentParty("c", 2);
        better.init(TestProfiles.settings(profile, nine, 1));
        better.receive(new Offer(1, new int[] {4}), rounds);
        assertInstanceOf(Accept.class, better.chooseAction(rounds));
    }

    @Test
    void geniusOrderPicksAnotherOutcomeOfTheSameUtility() {
        // b, Oat and a tie at 0.5; GENIUS orders them Oat, a, b by the wrapped hash (SortedOutcomesTest), parley by
        // index. Linear at t = 0.9: p = 0.5 + 0.5 · 0.1 = 0.55, nearest utility 0.5
        Profile ties = TestProfiles.oneIssue("ties", java.util.List.of("best", "b", "Oat", "a"), 0, 1.0, 0.5, 0.5,
                0.5);
        TimeDependentAgent g = new TimeDependentAgent("g", 1, true);
        g.init(TestProfiles.settings(ties, Deadline.seconds(10), 1));
        TimeDependentAgent plain = new TimeDependentAgent("p", 1, false);
        plain.init(TestProfiles.settings(ties, Deadline.seconds(10), 1));
        assertEquals("g?genius", g.name());
        assertEquals(2, offered(g.chooseAction(clock.at(0.9))));
        assertEquals(1, offered(plain.chooseAction(clock.at(0.9))));
        // no tie at the top: both open with the best outcome
        assertEquals(0, offered(g.chooseAction(clock.at(0))));
        assertEquals(0, offered(plain.chooseAction(clock.at(0))));
    }
}
