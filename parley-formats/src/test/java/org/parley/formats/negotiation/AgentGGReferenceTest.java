package org.parley.formats.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.agent.champions.AgentGG;
import org.parley.formats.negotiation.ChampionRuns.Reference;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;

/**
 * AgentGG (full-ranking adaptation, the only way the original plays a full profile) against GENIUS 9.1.10's runs
 * of that adaptation: the worked example's values and the published distributions.
 */
class AgentGGReferenceTest {

    @Test
    void workedExampleValues() {
        var profiles = ChampionRuns.profiles("ItexvsCypress-A");
        AgentGG a = new AgentGG();
        a.init(new AgentSettings(0, 2, profiles.get(0), Deadline.rounds(180), "SAOP", 0));
        // ρ_r = 0.5·((MED − MIN)/(MAX − MIN))/0.5 with MAX = 268.8722, MIN = 19.3667, MED = 119.0250
        assertEquals(0.5 * ((119.0250 - 19.3667) / (268.8722 - 19.3667)) / 0.5, a.reservationRatio(), 5e-6);
        assertEquals(0.39942, a.reservationRatio(), 5e-6);
        Offer opening = (Offer) a.chooseAction(round(1));
        assertEquals(1.0, profiles.get(0).utility(opening.outcome()), 1e-12);
        // Boulware's first offer (ratio 0.12772) twice: E = (1 − 0.12772)/1.7 + 0.12772 = 0.64083 at round 3
        int[] boulware = null;
        double best = -1;
        for (long k = 0; k < profiles.get(1).domain().outcomeSpace().sizeAsLong(); k++) {
            int[] o = profiles.get(1).domain().outcomeSpace().outcome(k);
            if (profiles.get(1).utility(o) > best) {
                best = profiles.get(1).utility(o);
                boulware = o;
            }
        }
        a.receive(new Offer(1, boulware), round(1));
        a.chooseAction(round(2));
        assertEquals(0.99, a.low());
        a.receive(new Offer(1, boulware.clone()), round(2));
        a.chooseAction(round(3));
        assertEquals(0.64083, a.nashRatio(), 5e-6);
    }

    private static Timeline round(int r) {
        return new Timeline() {
            @Override
            public double time() {
                return r / 181.0;
            }

            @Override
            public int round() {
                return r;
            }

            @Override
            public Deadline deadline() {
                return Deadline.rounds(180);
            }
        };
    }

    private static Reference ref(String scenario, String a, String b, double agree, double ua, double uaSd,
            double ub, double ubSd, double round, double roundSd) {
        return new Reference(scenario, a, b, 40, agree, ua, uaSd, ub, ubSd, round, roundSd, false, 5e-4);
    }

    @Test
    void matchesGeniusDistributions() {
        ChampionRuns.checkDistribution("agentgg", List.of(
                ref("ItexvsCypress-A", "agentgg", "boulware", 1, 0.725, 0.012, 0.662, 0.025, 169.8, 2.7),
                ref("ItexvsCypress-A", "agentgg", "conceder", 1, 0.760, 0, 0.588, 0, 162.2, 0.4),
                ref("ItexvsCypress-A", "boulware", "agentgg", 0.725, 0.555, 0.034, 0.701, 0.125, 179.6, 0.5),
                ref("ItexvsCypress-A", "conceder", "agentgg", 1, 0.576, 0, 0.777, 0, 130.0, 0.0),
                ref("ItexvsCypress-A", "agentgg", "agentgg", 0, 0.500, 0, 0.500, 0, 180.0, 0.0),
                ref("Camera-B", "agentgg", "boulware", 1, 0.799, 0, 0.900, 0, 116.5, 0.5),
                ref("Camera-B", "agentgg", "conceder", 1, 0.948, 0.010, 0.677, 0.013, 27.1, 3.3),
                ref("Camera-B", "boulware", "agentgg", 1, 0.820, 0.003, 0.888, 0.012, 132.5, 3.0),
                ref("Camera-B", "conceder", "agentgg", 1, 0.586, 0.010, 0.936, 0.004, 36.2, 2.4),
                ref("Camera-B", "agentgg", "agentgg", 1, 0.821, 0, 0.891, 0, 81.2, 0.6)));
    }
}
