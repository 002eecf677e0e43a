package org.parley.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.Deadline;
import org.parley.protocol.Offer;

class TitForTatAgentTest {

    // outcome i has utility 1 - i/8 (binary fractions, so the arithmetic is exact); reservation 0.3
    private final Profile profile = TestProfiles.oneIssue("tft", 0.3,
            1.0, 0.875, 0.75, 0.625, 0.5, 0.375, 0.25, 0.125, 0.0);
    private final TestProfiles.Clock clock = new TestProfiles.Clock(Deadline.rounds(100));

    private TitForTatAgent agent() {
        TitForTatAgent a = new TitForTatAgent();
        a.init(TestProfiles.settings(profile, Deadline.rounds(100), 1));
        return a;
    }

    private static int offered(Action a) {
        return assertInstanceOf(Offer.class, a).outcome()[0];
    }

    private void opponent(TitForTatAgent a, int outcome) {
        a.receive(new Offer(1, new int[] {outcome}), clock);
    }

    @Test
    void opensWithItsBestBidAndIgnoresTheFirstOffer() {
        TitForTatAgent a = agent();
        assertEquals(0, offered(a.chooseAction(clock)));
        opponent(a, 8);
        assertEquals(1.0, a.target());
        assertEquals(0, offered(a.chooseAction(clock)));
    }

    @Test
    void concedesWhatTheOpponentConcededInItsOwnUtility() {
        TitForTatAgent a = agent();
        opponent(a, 8); // 0
        opponent(a, 6); // 0.25: a concession of 0.25
        assertEquals(0.75, a.target());
        assertEquals(2, offered(a.chooseAction(clock)));
        opponent(a, 5); // 0.375: 0.125 more
        assertEquals(0.625, a.target());
        assertEquals(3, offered(a.chooseAction(clock)));
    }

    @Test
    void retractsWhenTheOpponentRetractsButNeverAboveItsBest() {
        TitForTatAgent a = agent();
        opponent(a, 8);
        opponent(a, 5); // +0.375 -> 0.625
        opponent(a, 7); // -0.25 -> 0.875
        assertEquals(0.875, a.target());
        opponent(a, 8); // -0.125 -> 1.0
        opponent(a, 8);
        assertEquals(1.0, a.target());
        opponent(a, 7); // +0.125
        assertEquals(0.875, a.target());
    }

    @Test
    void neverTargetsOrBidsBelowItsReservationValue() {
        TitForTatAgent a = agent();
        opponent(a, 8);
        opponent(a, 4); // +0.5 -> 0.5
        opponent(a, 8); // -0.5 -> 1.0
        opponent(a, 3); // +0.625 -> 0.375
        assertEquals(0.375, a.target());
        opponent(a, 8);
        opponent(a, 1); // +0.875 -> clamped to max(0, 0.3) = 0.3
        assertEquals(0.3, a.target());
        // nearest 0.3 is 0.25, below the reservation value: it bids the worst outcome still >= 0.3 instead, 0.375
        // (in a two-party session it would accept here: the offer, 0.875, beats any bid near its target)
        assertEquals(5, a.bid());
        assertInstanceOf(Accept.class, a.chooseAction(clock));
    }

    @Test
    void acceptsAnOfferAtLeastAsGoodAsItsNextBid() {
        TitForTatAgent a = agent();
        opponent(a, 8);
        opponent(a, 4); // target 0.5, next bid 0.5; the offer is 0.5
        assertEquals(4, assertInstanceOf(Accept.class, a.chooseAction(clock)).outcome()[0]);
        TitForTatAgent b = agent();
        opponent(b, 7);
        opponent(b, 5); // target 0.75, offer 0.375
        assertEquals(2, offered(b.chooseAction(clock)));
    }
}
