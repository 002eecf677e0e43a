package org.parley.formats.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.agent.champions.CuhkAgent;
import org.parley.formats.negotiation.ChampionRuns.Reference;
import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Timeline;

/** CUHKAgent against GENIUS 9.1.10: its threshold in the worked example, and the published distributions. */
class CuhkAgentReferenceTest {

    /** Records the agent's threshold after each of its turns. */
    private static final class Recorder implements Agent {
        final CuhkAgent agent = new CuhkAgent();
        final Map<Integer, Double> thresholds = new HashMap<>();
        final Map<Integer, Double> lambdas = new HashMap<>();

        @Override
        public void init(AgentSettings s) {
            agent.init(s);
        }

        @Override
        public void receive(Action a, Timeline t) {
            agent.receive(a, t);
        }

        @Override
        public Action chooseAction(Timeline t) {
            Action a = agent.chooseAction(t);
            thresholds.put(t.round(), agent.threshold());
            lambdas.put(t.round(), agent.lambda());
            return a;
        }

        @Override
        public String name() {
            return agent.name();
        }
    }

    @Test
    void workedExampleThresholds() {
        Recorder r = new Recorder();
        ChampionRuns.run("ItexvsCypress-A", r, ChampionRuns.agent("boulware"), 3);
        assertEquals(0.4804533, r.lambdas.get(2), 5e-8);
        assertEquals(0.999840, r.thresholds.get(2), 5e-7);
        assertEquals(0.999640, r.thresholds.get(3), 5e-7);
        assertEquals(0.999360, r.thresholds.get(4), 5e-7);
        assertEquals(0.907866, r.thresholds.get(48), 5e-7);
        assertEquals(0.697692, r.thresholds.get(87), 5e-7);
        assertEquals(0.7004, r.thresholds.get(88), 5e-5);
        assertEquals(0.7947, r.thresholds.get(121), 5e-5);
        // the specification prints 0.9124 for round 157; its own formula 0.5/0.5^(157/181) gives 0.91219
        assertEquals(0.9124, r.thresholds.get(157), 3e-4);
        assertEquals(0.99618, r.thresholds.get(180), 5e-6);
        assertEquals(0.532408, r.lambdas.get(157), 5e-7);
    }

    private static Reference ref(String scenario, String a, String b, double agree, double ua, double uaSd,
            double ub, double ubSd, double round, double roundSd) {
        return new Reference(scenario, a, b, 40, agree, ua, uaSd, ub, ubSd, round, roundSd, true, 5e-5);
    }

    @Test
    void matchesGeniusDistributions() {
        ChampionRuns.checkDistribution("cuhkagent", List.of(
                ref("ItexvsCypress-A", "cuhkagent", "boulware", 0, 0.5, 0, 0.5, 0, 180.00, 0.00),
                ref("ItexvsCypress-A", "boulware", "cuhkagent", 0, 0.5, 0, 0.5, 0, 180.00, 0.00),
                ref("ItexvsCypress-A", "cuhkagent", "conceder", 1, 0.7215, 0, 0.6705, 0, 83.00, 0.00),
                ref("ItexvsCypress-A", "conceder", "cuhkagent", 0, 0.5, 0, 0.5, 0, 180.00, 0.00),
                ref("ItexvsCypress-A", "cuhkagent", "cuhkagent", 0, 0.5, 0, 0.5, 0, 180.00, 0.00),
                ref("Camera-B", "cuhkagent", "boulware", 1, 0.7994, 0, 0.8998, 0, 116.03, 0.16),
                ref("Camera-B", "boulware", "cuhkagent", 1, 0.8607, 0, 0.8093, 0, 124.08, 0.26),
                ref("Camera-B", "cuhkagent", "conceder", 1, 0.9529, 0, 0.6733, 0, 37.05, 0.22),
                ref("Camera-B", "conceder", "cuhkagent", 1, 0.5865, 0.0103, 0.9364, 0.0044, 46.17, 0.54),
                ref("Camera-B", "cuhkagent", "cuhkagent", 1, 0.8207, 0, 0.8907, 0, 66.10, 0.30)));
    }
}
