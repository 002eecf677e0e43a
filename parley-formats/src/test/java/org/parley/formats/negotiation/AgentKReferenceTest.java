package org.parley.formats.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.agent.champions.AgentK;
import org.parley.formats.negotiation.ChampionRuns.Reference;
import org.parley.preference.Profile;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Deadline;
import org.parley.protocol.Offer;
import org.parley.protocol.Timeline;

/** AgentK against GENIUS 9.1.10: the runs with the authors' test seeds exactly, and the unseeded distributions. */
class AgentKReferenceTest {

    private static Agent agent(String name) {
        return name.equals("agentk") ? new AgentK().seeded(100, 200, 300, 400) : ChampionRuns.agent(name);
    }

    @ParameterizedTest(name = "{0} {1} vs {2}")
    @CsvSource({
        "ItexvsCypress-A, agentk, boulware, 160, 0.5189, 0.7385",
        "ItexvsCypress-A, agentk, conceder, 146, 0.7599, 0.5882",
        "ItexvsCypress-A, boulware, agentk, 161, 0.7215, 0.6705",
        "ItexvsCypress-A, conceder, agentk, 149, 0.5762, 0.7768",
        "ItexvsCypress-A, agentk, agentk, 142, 0.6641, 0.6322",
        "Camera-B, agentk, boulware, 119, 0.8207, 0.8907",
        "Camera-B, agentk, conceder, 49, 0.9600, 0.5760",
        "Camera-B, boulware, agentk, 132, 0.8207, 0.8907",
        "Camera-B, conceder, agentk, 67, 0.4913, 0.9600",
        "Camera-B, agentk, agentk, 142, 0.7874, 0.8441",
    })
    void replaysTheGeniusRunsMadeWithTheAuthorsTestSeeds(String scenario, String a, String b, int round, double ua,
            double ub) {
        ChampionRuns.assertExact(ChampionRuns.run(scenario, agent(a), agent(b), 0), true, round, ua, ub, 5e-5,
                scenario + " " + a + " vs " + b);
    }

    @Test
    void workedExampleInternals() {
        // ItexvsCypress-A, AgentK as A: after Boulware's first offer (U_A = 0.16361) target = bidTarget = 0.99701
        List<Profile> profiles = ChampionRuns.profiles("ItexvsCypress-A");
        AgentK a = new AgentK();
        a.seeded(100, 200, 300, 400);
        a.init(new AgentSettings(0, 2, profiles.get(0), Deadline.rounds(180), "SAOP", 0));
        Offer opening = assertInstanceOf(Offer.class, a.chooseAction(round(1)));
        assertEquals(1.0, profiles.get(0).utility(opening.outcome()), 1e-12);
        int[] boulware = profiles.get(1).domain().outcomeSpace().outcome(0);
        for (long k = 0; k < profiles.get(1).domain().outcomeSpace().sizeAsLong(); k++) {
            int[] o = profiles.get(1).domain().outcomeSpace().outcome(k);
            if (profiles.get(1).utility(o) > profiles.get(1).utility(boulware)) {
                boulware = o;
            }
        }
        assertEquals(0.16361, profiles.get(0).utility(boulware), 5e-6);
        a.receive(new Offer(1, boulware), round(1));
        Offer second = assertInstanceOf(Offer.class, a.chooseAction(round(2)));
        assertEquals(0.99701, a.target(), 5e-6);
        assertEquals(0.99701, a.bidTarget(), 5e-6);
        assertEquals(1.0, profiles.get(0).utility(second.outcome()), 1e-12);
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

    private static Reference ref(String scenario, String a, String b, double ua, double uaSd, double ub, double ubSd,
            double round, double roundSd) {
        return new Reference(scenario, a, b, 40, 1.0, ua, uaSd, ub, ubSd, round, roundSd, false, 5e-5);
    }

    @Test
    void matchesGeniusDistributions() {
        ChampionRuns.checkDistribution("agentk", List.of(
                ref("ItexvsCypress-A", "agentk", "boulware", 0.5653, 0.0236, 0.7568, 0.0176, 158.7, 2.0),
                ref("ItexvsCypress-A", "agentk", "conceder", 0.7589, 0.0061, 0.5903, 0.0130, 145.7, 1.1),
                ref("ItexvsCypress-A", "boulware", "agentk", 0.7215, 0.0000, 0.6705, 0.0000, 161.7, 0.5),
                ref("ItexvsCypress-A", "conceder", "agentk", 0.5762, 0.0000, 0.7768, 0.0000, 148.9, 0.4),
                ref("ItexvsCypress-A", "agentk", "agentk", 0.6652, 0.0606, 0.6763, 0.0440, 138.5, 5.6),
                ref("Camera-B", "agentk", "boulware", 0.8159, 0.0090, 0.8927, 0.0038, 124.6, 6.1),
                ref("Camera-B", "agentk", "conceder", 0.9506, 0.0074, 0.6695, 0.0220, 32.1, 7.8),
                ref("Camera-B", "boulware", "agentk", 0.8168, 0.0126, 0.8299, 0.0579, 142.6, 6.4),
                ref("Camera-B", "conceder", "agentk", 0.5243, 0.0452, 0.9513, 0.0116, 54.7, 8.8),
                ref("Camera-B", "agentk", "agentk", 0.7853, 0.0813, 0.8694, 0.0483, 141.3, 7.4)));
    }
}
