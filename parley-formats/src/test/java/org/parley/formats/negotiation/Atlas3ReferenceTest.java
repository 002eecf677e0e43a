package org.parley.formats.negotiation;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.formats.negotiation.ChampionRuns.Reference;
import org.parley.protocol.SessionResult;

/** Atlas3 against GENIUS 9.1.10: its deterministic walk-away and acceptance, and the published distributions. */
class Atlas3ReferenceTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 2, 3, 4})
    void deterministicFeatures(long seed) {
        // ItexvsCypress-A against Boulware, both seats: Atlas3 walks away in round 54 (θ = 0.40331 ≤ 0.5·0.5^t)
        for (String[] pair : new String[][] {{"atlas3", "boulware"}, {"boulware", "atlas3"}}) {
            SessionResult r = ChampionRuns.run("ItexvsCypress-A", pair[0], pair[1], seed);
            org.junit.jupiter.api.Assertions.assertEquals(SessionResult.End.END_NEGOTIATION, r.endedBy());
            org.junit.jupiter.api.Assertions.assertEquals(54, r.round());
            org.junit.jupiter.api.Assertions.assertEquals(0.4066, r.discountedUtilities()[0], 5e-5);
        }
        // Camera-B with Boulware as A: Atlas3 accepts Boulware's unchanged opening bid in round 46
        ChampionRuns.assertExact(ChampionRuns.run("Camera-B", "boulware", "atlas3", seed), true, 46, 1.0, 0.4945,
                5e-5, "Camera-B boulware vs atlas3");
    }

    private static Reference ref(String scenario, String a, String b, double agree, double ua, double uaSd,
            double ub, double ubSd, double round, double roundSd) {
        return new Reference(scenario, a, b, 40, agree, ua, uaSd, ub, ubSd, round, roundSd, true, 5e-5);
    }

    @Test
    void matchesGeniusDistributions() {
        ChampionRuns.checkDistribution("atlas3", List.of(
                ref("ItexvsCypress-A", "atlas3", "boulware", 0, 0.5, 0, 0.5, 0, 54.00, 0.00),
                ref("ItexvsCypress-A", "boulware", "atlas3", 0, 0.5, 0, 0.5, 0, 54.00, 0.00),
                ref("ItexvsCypress-A", "atlas3", "conceder", 1, 0.5776, 0.0006, 0.7487, 0.0118, 47.00, 2.44),
                ref("ItexvsCypress-A", "conceder", "atlas3", 0.975, 0.7618, 0.0457, 0.5696, 0.0373, 46.95, 2.86),
                ref("ItexvsCypress-A", "atlas3", "atlas3", 1, 0.6677, 0.0480, 0.6776, 0.0245, 34.12, 2.25),
                ref("Camera-B", "atlas3", "boulware", 1, 0.4913, 0, 0.9600, 0, 95.83, 0.38),
                ref("Camera-B", "boulware", "atlas3", 1, 1.0000, 0, 0.4945, 0, 46.00, 0.00),
                ref("Camera-B", "atlas3", "conceder", 1, 0.8787, 0.0250, 0.7823, 0.0314, 15.00, 2.35),
                ref("Camera-B", "conceder", "atlas3", 1, 0.7843, 0.0599, 0.8544, 0.0573, 17.85, 4.89),
                ref("Camera-B", "atlas3", "atlas3", 1, 0.8352, 0.0275, 0.8468, 0.0453, 19.57, 2.28)));
    }
}
