package org.parley.formats.negotiation;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.agent.champions.HardHeaded;
import org.parley.formats.negotiation.ChampionRuns.Reference;
import org.parley.protocol.Agent;

/**
 * HardHeaded against GENIUS 9.1.10: the runs with the authors' test seeds exactly (self-play in round 155 needs the
 * live tree-node effect), and the unseeded distributions.
 */
class HardHeadedReferenceTest {

    private static Agent agent(String name) {
        return name.equals("hardheaded") ? new HardHeaded().seeded(100, 200) : ChampionRuns.agent(name);
    }

    @ParameterizedTest(name = "{0} {1} vs {2}")
    @CsvSource({
        "ItexvsCypress-A, hardheaded, boulware, 163, 0.6257, 0.7144",
        "ItexvsCypress-A, hardheaded, conceder, 114, 0.7215, 0.6705",
        "ItexvsCypress-A, boulware, hardheaded, 172, 0.6146, 0.6946",
        "ItexvsCypress-A, conceder, hardheaded, 130, 0.5762, 0.7768",
        "ItexvsCypress-A, hardheaded, hardheaded, 155, 0.6257, 0.7144",
        "Camera-B, hardheaded, boulware, 133, 0.8607, 0.8093",
        "Camera-B, hardheaded, conceder, 55, 1.0000, 0.4945",
        "Camera-B, boulware, hardheaded, 154, 0.6397, 0.8493",
        "Camera-B, conceder, hardheaded, 76, 0.4913, 0.9600",
        "Camera-B, hardheaded, hardheaded, 148, 0.8207, 0.8907",
    })
    void replaysTheGeniusRunsMadeWithTheAuthorsTestSeeds(String scenario, String a, String b, int round, double ua,
            double ub) {
        ChampionRuns.assertExact(ChampionRuns.run(scenario, agent(a), agent(b), 0), true, round, ua, ub, 5e-5,
                scenario + " " + a + " vs " + b);
    }

    private static Reference ref(String scenario, String a, String b, double ua, double uaSd, double ub, double ubSd,
            double round, double roundSd) {
        return new Reference(scenario, a, b, 40, 1.0, ua, uaSd, ub, ubSd, round, roundSd, false, 5e-5);
    }

    @Test
    void matchesGeniusDistributions() {
        ChampionRuns.checkDistribution("hardheaded", List.of(
                ref("ItexvsCypress-A", "hardheaded", "boulware", 0.6257, 0, 0.7144, 0, 163.0, 0.0),
                ref("ItexvsCypress-A", "hardheaded", "conceder", 0.7215, 0, 0.6705, 0, 114.0, 0.0),
                ref("ItexvsCypress-A", "boulware", "hardheaded", 0.6146, 0, 0.6946, 0, 172.0, 0.0),
                ref("ItexvsCypress-A", "conceder", "hardheaded", 0.5762, 0, 0.7768, 0, 130.0, 0.0),
                ref("ItexvsCypress-A", "hardheaded", "hardheaded", 0.6257, 0, 0.7144, 0, 154.9, 0.2),
                ref("Camera-B", "hardheaded", "boulware", 0.8607, 0, 0.8093, 0, 133.0, 0.0),
                ref("Camera-B", "hardheaded", "conceder", 1.0000, 0, 0.4945, 0, 55.0, 0.0),
                ref("Camera-B", "boulware", "hardheaded", 0.6397, 0, 0.8493, 0, 153.9, 0.5),
                ref("Camera-B", "conceder", "hardheaded", 0.4913, 0, 0.9600, 0, 76.0, 0.0),
                ref("Camera-B", "hardheaded", "hardheaded", 0.8207, 0, 0.8907, 0, 148.8, 1.8)));
    }
}
