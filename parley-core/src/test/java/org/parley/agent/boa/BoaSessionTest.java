package org.parley.agent.boa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.ActionRecord;
import org.parley.protocol.Agent;
import org.parley.protocol.Deadline;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;

/** BOA agents in full SAOP sessions on two opposed 3 × 4 profiles built in code. */
class BoaSessionTest {

    private static final Profile[] P = BoaFixtures.opposed(3, 4);

    static Agent boa(String name, double e, Supplier<OpponentModel> model, OmStrategy oms, AcceptanceStrategy ac) {
        return new BoaAgent(name, new TimeDependentOffering(e), model, oms, ac);
    }

    static SessionResult run(List<Profile> profiles, List<Agent> agents, int rounds, long seed) {
        return SessionFactory.standard().run(SessionSpec.builder().profiles(profiles).instances(agents)
                .deadline(Deadline.rounds(rounds)).seed(seed).keepTrace(true).build());
    }

    private static SessionResult macVsConceder(long seed) {
        return run(List.of(P[0], P[1]), List.of(
                boa("mac", 0.1, HardHeadedFrequencyModel::new, new BestBid(), new AcCombiMaxInWindow(0.98)),
                boa("conceder", 2, HardHeadedFrequencyModel::new, new BestBid(), new AcNext())), 100, seed);
    }

    @Test
    void macAgainstAConcederAgrees() {
        SessionResult r = macVsConceder(1);
        assertNull(r.error());
        assertEquals(SessionResult.End.AGREEMENT, r.endedBy());
        // the agreement is the last offer, accepted by the other party
        ActionRecord last = r.trace().get(r.trace().size() - 1);
        assertTrue(last.action() instanceof Accept);
        ActionRecord offer = r.trace().get(r.trace().size() - 2);
        assertArrayEquals(((Offer) offer.action()).outcome(), r.agreement());
        // the boulware side holds out: it ends with more than the conceder
        assertTrue(r.utilities()[0] > r.utilities()[1], Arrays.toString(r.utilities()));
    }

    @Test
    void macAcceptsTheBestRecentBidOnceTimeReachesT() {
        // both never concede (e = 0), so AC_Next never holds; the hardliner's AC_Const(0.99) never accepts.
        // Round r of 100 is t = r/101: round 98 is 0.9703 < 0.98, round 99 is 0.9802 ≥ 0.98.
        SessionResult r = run(List.of(P[0], P[1]), List.of(
                boa("mac", 0, HardHeadedFrequencyModel::new, null, new AcCombiMaxInWindow(0.98)),
                boa("hardliner", 0, null, null, new AcConst(0.99))), 100, 1);
        assertEquals(SessionResult.End.AGREEMENT, r.endedBy());
        assertEquals(99, r.round());
        ActionRecord last = r.trace().get(r.trace().size() - 1);
        assertEquals(0, last.action().party());
        assertEquals(99 / 101.0, last.time(), 0);
        assertEquals(1.0, r.utilities()[1], 1e-12);
    }

    @Test
    void boaAgainstBoaEndsCleanlyAndIsDeterministic() {
        for (long seed : new long[] {1, 2, 3}) {
            SessionResult a = randomised(seed);
            SessionResult b = randomised(seed);
            assertNull(a.error());
            assertEquals(a.trace(), b.trace(), "same seed, same session");
            assertEquals(a.endedBy(), b.endedBy());
        }
        assertNotEquals(randomised(1).trace(), randomised(4).trace(), "the seed matters");
    }

    /** Both sides pick at random among candidates, so the seed decides the bids. */
    private static SessionResult randomised(long seed) {
        return run(List.of(P[0], P[1]), List.of(
                boa("a", 0.5, RecencyFrequencyModel::new, new NullStrategy(), new AcCombi()),
                boa("b", 1, HardHeadedFrequencyModel::new, new OfferBestN(3), new AcNext())), 60, seed);
    }

    @Test
    void withoutAModelTheBidsFollowTheTarget() {
        SessionResult r = run(List.of(P[0], P[1]), List.of(
                boa("hard", 0, null, null, new AcConst(0.99)), boa("hard2", 0, null, null, new AcConst(0.99))), 20, 1);
        assertEquals(SessionResult.End.DEADLINE, r.endedBy());
        assertEquals(40, r.actions());
        for (ActionRecord a : r.trace()) {
            Offer o = (Offer) a.action();
            assertEquals(1.0, P[o.party()].utility(o.outcome()), 1e-12, "e = 0 always offers the best outcome");
        }
    }

    @Test
    void breakSendsEndNegotiation() {
        AcceptanceStrategy walkAway = ctx -> ctx.time() > 0.3 ? AcceptanceStrategy.Decision.BREAK
                : AcceptanceStrategy.Decision.REJECT;
        SessionResult r = run(List.of(P[0], P[1]), List.of(boa("x", 1, null, null, new AcNext()),
                boa("quitter", 0.2, null, null, walkAway)), 20, 1);
        assertEquals(SessionResult.End.END_NEGOTIATION, r.endedBy());
        assertTrue(r.time() > 0.3);
    }

    @Test
    void multilateralSessionsJudgeTheLatestOffer() {
        Profile third = BoaFixtures.profile("C", P[0].domain(), new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0},
                BoaFixtures.ramps(3, 4, true), 0);
        SessionResult r = run(List.of(P[0], P[1], third), List.of(
                boa("a", 0.2, HardHeadedFrequencyModel::new, null, new AcCombiMaxInWindow(0.9)),
                boa("b", 1, HardHeadedFrequencyModel::new, new OfferBestN(2), new AcNext()),
                boa("c", 2, RecencyFrequencyModel::new, null, new AcCombi(1, 0, 0.9))), 50, 9);
        assertNull(r.error());
        assertEquals(SessionResult.End.AGREEMENT, r.endedBy());
    }
}
