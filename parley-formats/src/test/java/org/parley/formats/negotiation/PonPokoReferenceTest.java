package org.parley.formats.negotiation;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.formats.negotiation.ChampionRuns.Reference;

/** PonPoko against GENIUS 9.1.10's published distributions (40 runs per case; the original is random). */
class PonPokoReferenceTest {

    private static Reference ref(String scenario, String a, String b, double agree, double ua, double uaSd,
            double ub, double ubSd, double round, double roundSd) {
        return new Reference(scenario, a, b, 40, agree, ua, uaSd, ub, ubSd, round, roundSd, false, 5e-4);
    }

    @Test
    void matchesGeniusDistributions() {
        ChampionRuns.checkDistribution("ponpoko", List.of(
                ref("ItexvsCypress-A", "ponpoko", "boulware", 0.025, 0.506, 0.035, 0.504, 0.027, 180.0, 0.0),
                ref("ItexvsCypress-A", "ponpoko", "conceder", 0.050, 0.513, 0.057, 0.504, 0.019, 180.0, 0.0),
                ref("ItexvsCypress-A", "boulware", "ponpoko", 0.200, 0.504, 0.008, 0.548, 0.097, 180.0, 0.0),
                ref("ItexvsCypress-A", "conceder", "ponpoko", 0.125, 0.510, 0.026, 0.535, 0.093, 177.2, 7.5),
                ref("ItexvsCypress-A", "ponpoko", "ponpoko", 0.000, 0.500, 0.000, 0.500, 0.000, 180.0, 0.0),
                ref("Camera-B", "ponpoko", "boulware", 1.000, 0.878, 0.038, 0.767, 0.072, 139.0, 9.1),
                ref("Camera-B", "ponpoko", "conceder", 1.000, 0.952, 0.024, 0.615, 0.085, 37.4, 11.8),
                ref("Camera-B", "boulware", "ponpoko", 1.000, 0.714, 0.121, 0.889, 0.037, 147.1, 9.3),
                ref("Camera-B", "conceder", "ponpoko", 1.000, 0.618, 0.128, 0.925, 0.029, 45.8, 20.7),
                ref("Camera-B", "ponpoko", "ponpoko", 0.550, 0.450, 0.413, 0.480, 0.441, 164.1, 24.1)));
    }
}
