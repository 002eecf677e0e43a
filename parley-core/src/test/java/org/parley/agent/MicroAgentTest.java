package org.parley.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.Deadline;
import org.parley.protocol.EndNegotiation;
import org.parley.protocol.Offer;

class MicroAgentTest {

    // outcome i has utility 1 - i/8, so the sorted order is the outcome order; reservation 0.5
    private final Profile profile = TestProfiles.oneIssue("micro", 0.5,
            1.0, 0.875, 0.75, 0.625, 0.5, 0.375, 0.25, 0.125, 0.0);
    private final TestProfiles.Clock clock = new TestProfiles.Clock(Deadline.rounds(100));

    private MicroAgent agent() {
        MicroAgent a = new MicroAgent();
        a.init(TestProfiles.settings(profile, Deadline.rounds(100), 11));
        return a;
    }

    private static int offered(Action a) {
        return assertInstanceOf(Offer.class, a).outcome()[0];
    }

    private void opponent(MicroAgent a, int outcome) {
        a.receive(new Offer(1, new int[] {outcome}), clock);
    }

    @Test
    void concedesOneStepPerNewOpponentOffer() {
        MicroAgent a = agent();
        assertEquals(0, offered(a.chooseAction(clock))); // m = 0 <= n = 0
        opponent(a, 8);
        assertEquals(1, offered(a.chooseAction(clock))); // m = 1 <= n = 1
        opponent(a, 8); // nothing new: n stays 1 < m = 2
        for (int i = 0; i < 20; i++) {
            int b = offered(a.chooseAction(clock));
            assertTrue(b == 0 || b == 1, "repeats one of its own offers, got " + b);
        }
        assertEquals(2, a.proposed());
        opponent(a, 7);
        assertEquals(2, offered(a.chooseAction(clock)));
        assertEquals(2, a.opponentProposals());
    }

    @Test
    void repeatsItsOwnOffersAtRandomWhenNotConceding() {
        MicroAgent a = agent();
        opponent(a, 8);
        opponent(a, 7);
        opponent(a, 6);
        a.chooseAction(clock);
        a.chooseAction(clock);
        a.chooseAction(clock); // m = 3 = n
        opponent(a, 6);
        a.chooseAction(clock); // m = 4 > n = 3 from now on
        Set<Integer> repeated = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            repeated.add(offered(a.chooseAction(clock)));
        }
        assertEquals(Set.of(0, 1, 2, 3), repeated);
    }

    @Test
    void catchesUpWhenTheOpponentHasMadeMoreDifferentOffers() {
        MicroAgent a = agent();
        opponent(a, 8);
        opponent(a, 7); // n = 2 before MiCRO's first turn
        assertEquals(0, offered(a.chooseAction(clock)));
        assertEquals(1, offered(a.chooseAction(clock))); // m = 1 <= 2, without a new opponent offer
        assertEquals(2, offered(a.chooseAction(clock))); // m = 2 <= 2
        int b = offered(a.chooseAction(clock)); // m = 3 > 2
        assertTrue(b <= 2);
    }

    @Test
    void neverProposesBelowItsReservationValue() {
        // utilities 1.0, 0.9, ..., 0.0; reservation 0.75 leaves three outcomes it may propose
        MicroAgent a = new MicroAgent();
        a.init(TestProfiles.settings(TestProfiles.oneIssue("rv", 0.75,
                1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0), Deadline.rounds(100), 3));
        for (int turn = 0; turn < 30; turn++) {
            opponent(a, 4 + turn % 7); // seven different offers, all worth at most 0.6 to it
            int bid = offered(a.chooseAction(clock));
            assertTrue(bid <= 2, "bid " + bid + " is below the reservation value");
        }
        assertEquals(3, a.proposed());
        assertEquals(7, a.opponentProposals());
    }

    @Test
    void acceptsWhatIsAtLeastAsGoodAsTheWorstItWouldBeProposing() {
        MicroAgent a = agent();
        a.chooseAction(clock); // proposed 1.0
        opponent(a, 1); // 0.875, new: it would concede to 0.875 now, so it accepts
        assertEquals(1, assertInstanceOf(Accept.class, a.chooseAction(clock)).outcome()[0]);

        MicroAgent b = agent();
        b.chooseAction(clock);
        opponent(b, 8);
        b.chooseAction(clock); // proposed 1.0, 0.875
        opponent(b, 2); // 0.75, new (n = 2 = m): it would concede to 0.75, so it accepts
        assertInstanceOf(Accept.class, b.chooseAction(clock));

        MicroAgent c = agent();
        c.chooseAction(clock);
        opponent(c, 8);
        c.chooseAction(clock); // proposed 1.0, 0.875
        opponent(c, 3); // 0.625, new: it would concede to 0.75 only, so it proposes 0.75
        assertEquals(2, offered(c.chooseAction(clock)));
    }

    @Test
    void doesNotAcceptBelowItsNextProposalWhenNotConceding() {
        MicroAgent a = agent();
        a.chooseAction(clock);
        opponent(a, 8);
        a.chooseAction(clock); // m = 2 (1.0, 0.875), n = 1
        opponent(a, 8); // nothing new: threshold is its worst so far, 0.875
        assertInstanceOf(Offer.class, a.chooseAction(clock));
    }

    @Test
    void endsTheNegotiationWhenNothingReachesItsReservationValue() {
        MicroAgent a = new MicroAgent();
        a.init(TestProfiles.settings(TestProfiles.weightedOneIssue("none", 1.0, 0.9, 1.0, 0.5), Deadline.rounds(10), 1));
        assertInstanceOf(EndNegotiation.class, a.chooseAction(clock));
    }

    @Test
    void longSetCountsDistinctValuesAcrossGrowth() {
        LongSet s = new LongSet();
        for (long v = 0; v < 10_000; v++) {
            assertTrue(s.add(v * 7919));
        }
        for (long v = 0; v < 10_000; v++) {
            assertTrue(!s.add(v * 7919));
        }
        assertEquals(10_000, s.size());
        assertTrue(s.add(Long.MAX_VALUE - 1));
    }
}
