package org.parley.formats.negotiation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TheFawkes (deterministic) against GENIUS 9.1.10: every reference session exactly. */
class TheFawkesReferenceTest {

    @ParameterizedTest(name = "{0} {1} vs {2}")
    @CsvSource({
        "ItexvsCypress-A, the-fawkes, boulware, false, 180, 0.500000, 0.500000",
        "ItexvsCypress-A, boulware, the-fawkes, true, 178, 0.576202, 0.776840",
        "ItexvsCypress-A, the-fawkes, conceder, true, 180, 0.759895, 0.588226",
        "ItexvsCypress-A, conceder, the-fawkes, true, 175, 0.576202, 0.776840",
        "ItexvsCypress-A, the-fawkes, the-fawkes, false, 180, 0.500000, 0.500000",
        "Camera-B, the-fawkes, boulware, true, 118, 0.820651, 0.890700",
        "Camera-B, boulware, the-fawkes, true, 124, 0.860651, 0.809271",
        "Camera-B, the-fawkes, conceder, true, 12, 0.891607, 0.763800",
        "Camera-B, conceder, the-fawkes, true, 8, 0.820651, 0.890700",
        "Camera-B, the-fawkes, the-fawkes, false, 180, 0.000000, 0.000000",
    })
    void reproducesEveryGeniusSession(String scenario, String a, String b, boolean agreement, int round, double ua,
            double ub) {
        for (long seed : new long[] {0, 1, 99}) {
            ChampionRuns.assertExact(ChampionRuns.run(scenario, a, b, seed), agreement, round, ua, ub, 5e-7,
                    scenario + " " + a + " vs " + b + " seed " + seed);
        }
    }
}
