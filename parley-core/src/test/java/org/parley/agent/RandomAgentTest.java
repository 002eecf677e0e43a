package org.parley.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.Deadline;
import org.parley.protocol.Offer;

class RandomAgentTest {

    // utilities of outcomes 0..5; reservation 0.45 leaves outcomes 0, 1, 2, 4 (1.0, 0.8, 0.6, 0.5)
    private final Profile profile = TestProfiles.oneIssue("r", 0.45, 1.0, 0.8, 0.6, 0.4, 0.5, 0.2);
    private final TestProfiles.Clock clock = new TestProfiles.Clock(Deadline.rounds(100));

    private RandomAgent agent(long seed) {
        RandomAgent a = new RandomAgent();
        a.init(TestProfiles.settings(profile, Deadline.rounds(100), seed));
        return a;
    }

    private static List<Integer> bids(RandomAgent a, int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(assertInstanceOf(Offer.class, a.chooseAction(null)).outcome()[0]);
        }
        return out;
    }

    @Test
    void sameSeedSameBidsAndAnotherSeedOtherBids() {
        assertEquals(bids(agent(42), 50), bids(agent(42), 50));
        assertNotEquals(bids(agent(42), 50), bids(agent(43), 50));
    }

    @Test
    void bidsEveryOutcomeAtOrAboveTheReservationValueAndNothingBelow() {
        int[] count = new int[6];
        for (int b : bids(agent(7), 4000)) {
            count[b]++;
        }
        assertEquals(0, count[3]);
        assertEquals(0, count[5]);
        for (int o : new int[] {0, 1, 2, 4}) {
            assertTrue(count[o] > 800 && count[o] < 1200, "outcome " + o + " drawn " + count[o] + " times");
        }
    }

    @Test
    void acceptsTheBestOutcomeAndNeverOneBelowTheReservationValue() {
        RandomAgent a = agent(1);
        a.receive(new Offer(1, new int[] {0}), clock);
        for (int i = 0; i < 20; i++) {
            assertInstanceOf(Accept.class, a.chooseAction(clock));
        }
        RandomAgent b = agent(1);
        b.receive(new Offer(1, new int[] {3}), clock);
        for (int i = 0; i < 200; i++) {
            assertInstanceOf(Offer.class, b.chooseAction(clock));
        }
    }

    @Test
    void acceptsAnOfferExactlyWhenItIsAtLeastAsGoodAsTheDrawnBid() {
        RandomAgent a = agent(3);
        RandomAgent twin = agent(3);
        a.receive(new Offer(1, new int[] {2}), clock); // 0.6
        for (int i = 0; i < 200; i++) {
            Action act = a.chooseAction(clock);
            int drawn = assertInstanceOf(Offer.class, twin.chooseAction(clock)).outcome()[0];
            boolean acceptable = profile.utility(new int[] {drawn}) <= 0.6;
            assertEquals(acceptable, act instanceof Accept, "draw " + i);
        }
    }

    @Test
    void withNoOutcomeAboveTheReservationItBidsAnythingAndAcceptsNothing() {
        RandomAgent a = new RandomAgent();
        a.init(TestProfiles.settings(TestProfiles.weightedOneIssue("high", 1.0, 0.9, 1.0, 0.5), Deadline.rounds(10), 5));
        a.receive(new Offer(1, new int[] {0}), clock);
        int[] count = new int[2];
        for (int i = 0; i < 100; i++) {
            count[assertInstanceOf(Offer.class, a.chooseAction(clock)).outcome()[0]]++;
        }
        assertTrue(count[0] > 0 && count[1] > 0);
    }
}
