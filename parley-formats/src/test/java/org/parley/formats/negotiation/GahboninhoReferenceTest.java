package org.parley.formats.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.agent.champions.Gahboninho;

/** Gahboninho (deterministic on these scenarios) against GENIUS 9.1.10: every reference session exactly. */
class GahboninhoReferenceTest {

    @ParameterizedTest(name = "{0} {1} vs {2}")
    @CsvSource({
        "ItexvsCypress-A, gahboninho, boulware, true, 180, 0.7599, 0.5882",
        "ItexvsCypress-A, gahboninho, conceder, true, 180, 0.7599, 0.5882",
        "ItexvsCypress-A, boulware, gahboninho, false, 180, 0.5000, 0.5000",
        "ItexvsCypress-A, conceder, gahboninho, false, 180, 0.5000, 0.5000",
        "ItexvsCypress-A, gahboninho, gahboninho, false, 180, 0.5000, 0.5000",
        "Camera-B, gahboninho, boulware, true, 161, 1.0000, 0.4945",
        "Camera-B, gahboninho, conceder, true, 39, 0.9600, 0.5760",
        "Camera-B, boulware, gahboninho, true, 172, 0.2704, 1.0000",
        "Camera-B, conceder, gahboninho, true, 50, 0.5785, 0.9398",
        "Camera-B, gahboninho, gahboninho, false, 180, 0.0000, 0.0000",
    })
    void reproducesEveryGeniusSession(String scenario, String a, String b, boolean agreement, int round, double ua,
            double ub) {
        for (long seed : new long[] {0, 1, 99}) {
            ChampionRuns.assertExact(ChampionRuns.run(scenario, a, b, seed), agreement, round, ua, ub, 5e-5,
                    scenario + " " + a + " vs " + b + " seed " + seed);
        }
    }

    @Test
    void workedExampleEndsWithTheNoiseAt0329() {
        Gahboninho g = new Gahboninho();
        ChampionRuns.run("ItexvsCypress-A", g, ChampionRuns.agent("boulware"), 0);
        assertEquals(0.329, g.noise(), 5e-4);
    }
}
