package org.parley.protocol.saop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.preference.Profile;
import org.parley.protocol.Accept;
import org.parley.protocol.Action;
import org.parley.protocol.ActionRecord;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;
import org.parley.protocol.Offer;
import org.parley.protocol.SessionResult;
import org.parley.protocol.Timeline;

/**
 * No agent can change what another party or the session sees: an agent that overwrites every array it receives or
 * hands over changes nothing (issue 13: it used to forge the opponent's offer and then accept "it").
 */
class TamperingAgentTest {

    /**
     * Overwrites every outcome it receives with {@code forged}, overwrites the outcome of every offer it made after
     * making it, accepts the forged outcome from round {@code acceptFrom}, and overwrites the agreement it is told.
     */
    static final class Tamperer implements Agent {
        final int forged;
        final int acceptFrom;
        final List<int[]> kept = new ArrayList<>();
        AgentSettings settings;
        int[] lastReceived;

        Tamperer(int forged, int acceptFrom) {
            this.forged = forged;
            this.acceptFrom = acceptFrom;
        }

        @Override
        public void init(AgentSettings s) {
            settings = s;
        }

        @Override
        public void receive(Action action, Timeline timeline) {
            for (int[] mine : kept) {
                Arrays.fill(mine, forged);
            }
            if (action instanceof Offer o) {
                lastReceived = o.outcome();
                Arrays.fill(lastReceived, forged);
            } else if (action instanceof Accept a) {
                Arrays.fill(a.outcome(), forged);
            }
        }

        @Override
        public Action chooseAction(Timeline timeline) {
            if (timeline.round() >= acceptFrom && lastReceived != null) {
                return new Accept(settings.party(), lastReceived);
            }
            int[] mine = {1};
            kept.add(mine);
            return new Offer(settings.party(), mine);
        }

        @Override
        public void negotiationEnded(int[] agreement) {
            if (agreement != null) {
                Arrays.fill(agreement, forged);
            }
        }

        @Override
        public String name() {
            return "Tamperer";
        }
    }

    @Test
    void forgingTheOpponentsOfferAndAcceptingItIsAnErrorAndTheTraceShowsTheTrueOffers() {
        List<Profile> p = SaopSessionTest.profiles(0.0, 1.0, new double[] {10, 5, 1}, new double[] {10, 5, 1});
        ScriptedAgent honest = ScriptedAgent.offering("Honest", 2);
        Tamperer tamperer = new Tamperer(0, 2);
        SessionResult r = SaopSessionTest.run(p, Deadline.rounds(5), honest, tamperer);
        assertEquals(SessionResult.End.ERROR, r.endedBy(), String.valueOf(r.error()));
        assertEquals(1, r.errorParty());
        assertTrue(r.error().contains("accepted [0], which is not the latest offer [2]"), r.error());
        assertEquals(List.of(new Offer(0, new int[] {2}), new Offer(1, new int[] {1}), new Offer(0, new int[] {2})),
                r.trace().stream().map(ActionRecord::action).toList(), "the trace shows what was really offered");
        assertEquals(List.of(new Offer(1, new int[] {1})), honest.received, "the honest agent heard the true offer");
    }

    @Test
    void anAgentThatTampersWithEverythingChangesNothing() {
        List<Profile> p = SaopSessionTest.profiles(0.0, 1.0, new double[] {10, 5, 1}, new double[] {1, 5, 10});
        for (int forged = 0; forged < 3; forged++) {
            // the honest agent accepts from round 3: the tamperer offers {1} in rounds 1 and 2
            ScriptedAgent honest = ScriptedAgent.acceptingFrom("Honest", 3);
            Tamperer tamperer = new Tamperer(forged, 99);
            SessionResult r = SaopSessionTest.run(p, Deadline.rounds(5), tamperer, honest);
            assertEquals(SessionResult.End.AGREEMENT, r.endedBy(), "forged " + forged);
            assertArrayEquals(new int[] {1}, r.agreement(), "forged " + forged);
            assertArrayEquals(new int[] {1}, honest.endedWith, "forged " + forged);
            List<Action> trace = r.trace().stream().map(ActionRecord::action).toList();
            assertEquals(List.of(new Offer(0, new int[] {1}), new Offer(1, new int[] {0}),
                    new Offer(0, new int[] {1}), new Offer(1, new int[] {0}), new Offer(0, new int[] {1}),
                    new Accept(1, new int[] {1})), trace, "forged " + forged);
            assertEquals(trace.stream().filter(a -> a.party() == 0).toList(), honest.received, "forged " + forged);
            assertEquals(0.5, r.utilities()[0], 1e-12);
        }
    }

    @Test
    void aResultIsAValueItsReaderCannotChange() {
        List<Profile> p = SaopSessionTest.profiles(0.0, 1.0, new double[] {10, 5, 1}, new double[] {1, 5, 10});
        SessionResult r = SaopSessionTest.run(p, Deadline.rounds(5), ScriptedAgent.offering("A", 1),
                ScriptedAgent.acceptingFrom("B", 2));
        r.agreement()[0] = 2;
        r.utilities()[0] = 7;
        r.discountedUtilities()[1] = 7;
        assertArrayEquals(new int[] {1}, r.agreement());
        assertEquals(0.5, r.utilities()[0], 1e-12);
        assertEquals(0.5, r.discountedUtilities()[1], 1e-12);
        int[] outcome = {1};
        Offer o = new Offer(0, outcome);
        outcome[0] = 2;
        o.outcome()[0] = 2;
        assertArrayEquals(new int[] {1}, o.outcome());
    }
}
