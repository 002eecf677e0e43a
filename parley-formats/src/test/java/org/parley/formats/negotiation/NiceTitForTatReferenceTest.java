package org.parley.formats.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.agent.champions.NiceTitForTat;
import org.parley.formats.negotiation.ChampionRuns.Reference;
import org.parley.protocol.Action;
import org.parley.protocol.Agent;
import org.parley.protocol.AgentSettings;
import org.parley.protocol.Timeline;

/**
 * Nice Tit for Tat against GENIUS 9.1.10: the runs with the author's test seed exactly, and the unseeded
 * distributions. On Camera-B, Boulware as party B offers an outcome of tied utility in round 129 (two outcomes
 * score 0.83 for it); GENIUS orders ties by hash code and parley's {@code boulware} by outcome index, and Nice Tit for
 * Tat reacts to the difference: that case needs {@code boulware?genius} (GENIUS's order of ties), which
 * {@link ChampionRuns#agent} plays for every GENIUS Boulware.
 */
class NiceTitForTatReferenceTest {

    private static Agent agent(String name) {
        return name.equals("nice-tit-for-tat") ? new NiceTitForTat().seeded(100) : ChampionRuns.agent(name);
    }

    @ParameterizedTest(name = "{0} {1} vs {2}")
    @CsvSource({
        "ItexvsCypress-A, nice-tit-for-tat, boulware, 175, 0.7599, 0.5882",
        "ItexvsCypress-A, nice-tit-for-tat, conceder, 179, 0.1998, 0.5039",
        "ItexvsCypress-A, boulware, nice-tit-for-tat, 167, 0.7215, 0.6705",
        "ItexvsCypress-A, conceder, nice-tit-for-tat, 79, 0.7215, 0.6705",
        "ItexvsCypress-A, nice-tit-for-tat, nice-tit-for-tat, 178, 0.5762, 0.7768",
        "Camera-B, nice-tit-for-tat, boulware, 131, 0.8207, 0.8907",
        "Camera-B, nice-tit-for-tat, conceder, 13, 0.9129, 0.7547",
        "Camera-B, boulware, nice-tit-for-tat, 167, 0.4913, 0.9600",
        "Camera-B, conceder, nice-tit-for-tat, 105, 0.2704, 1.0000",
        "Camera-B, nice-tit-for-tat, nice-tit-for-tat, 178, 0.2704, 1.0000",
    })
    void replaysTheGeniusRunsMadeWithTheAuthorsTestSeed(String scenario, String a, String b, int round, double ua,
            double ub) {
        ChampionRuns.assertExact(ChampionRuns.run(scenario, agent(a), agent(b), 0), true, round, ua, ub, 5e-5,
                scenario + " " + a + " vs " + b);
    }

    /** Records the agent's Nash estimate after each of its turns. */
    private static final class Recorder implements Agent {
        final NiceTitForTat agent = new NiceTitForTat();
        final double[] nash = new double[181];

        @Override
        public void init(AgentSettings s) {
            agent.seeded(100);
            agent.init(s);
        }

        @Override
        public void receive(Action a, Timeline t) {
            agent.receive(a, t);
        }

        @Override
        public Action chooseAction(Timeline t) {
            Action a = agent.chooseAction(t);
            nash[t.round()] = agent.nash();
            return a;
        }

        @Override
        public String name() {
            return agent.name();
        }
    }

    @Test
    void workedExampleNashEstimates() {
        Recorder r = new Recorder();
        ChampionRuns.run("ItexvsCypress-A", r, ChampionRuns.agent("boulware"), 0);
        // round 2: the Nash point of (U, Û) has U = 0.90396, × 1.4 → clamped to 1; round 3: 0.90396 × 0.89817
        assertEquals(1.0, r.nash[2], 1e-12);
        assertEquals(0.81190, r.nash[3], 5e-6);
        assertEquals(0.76915, r.nash[174], 5e-6);
    }

    private static Reference ref(String scenario, String a, String b, double ua, double uaSd, double ub, double ubSd,
            double round, double roundSd) {
        return new Reference(scenario, a, b, 40, 1.0, ua, uaSd, ub, ubSd, round, roundSd, false, 5e-5);
    }

    @Test
    void matchesGeniusDistributions() {
        ChampionRuns.checkDistribution("nice-tit-for-tat", List.of(
                ref("ItexvsCypress-A", "nice-tit-for-tat", "boulware", 0.7599, 0, 0.5882, 0, 174.8, 0.9),
                ref("ItexvsCypress-A", "nice-tit-for-tat", "conceder", 0.1998, 0, 0.5039, 0, 179.0, 0.0),
                ref("ItexvsCypress-A", "boulware", "nice-tit-for-tat", 0.7128, 0.0389, 0.6748, 0.0197, 167.0, 2.7),
                ref("ItexvsCypress-A", "conceder", "nice-tit-for-tat", 0.7215, 0, 0.6705, 0, 79.5, 0.8),
                ref("ItexvsCypress-A", "nice-tit-for-tat", "nice-tit-for-tat", 0.6653, 0.1671, 0.6328, 0.2163, 178.1,
                        0.3),
                ref("Camera-B", "nice-tit-for-tat", "boulware", 0.8207, 0, 0.8907, 0, 131.0, 0.0),
                ref("Camera-B", "nice-tit-for-tat", "conceder", 0.8985, 0.0101, 0.7608, 0.0043, 13.0, 1.1),
                ref("Camera-B", "boulware", "nice-tit-for-tat", 0.4858, 0.0349, 0.9610, 0.0063, 163.9, 2.7),
                ref("Camera-B", "conceder", "nice-tit-for-tat", 0.2704, 0, 1.0000, 0, 105.0, 0.0),
                ref("Camera-B", "nice-tit-for-tat", "nice-tit-for-tat", 0.2704, 0, 1.0000, 0, 178.0, 0.0)));
    }
}
