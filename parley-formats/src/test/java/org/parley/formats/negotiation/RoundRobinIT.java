package org.parley.formats.negotiation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.agent.AgentRegistry;
import org.parley.agent.SortedOutcomes;
import org.parley.formats.Scenarios;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;
import org.parley.protocol.AgentFactory;
import org.parley.protocol.Deadline;
import org.parley.protocol.RunContext;
import org.parley.protocol.SessionFactory;
import org.parley.protocol.SessionResult;
import org.parley.protocol.SessionSpec;

/**
 * Every built-in agent, every BOA preset and a custom BOA spec (and three agents with GENIUS's order of equal-utility outcomes)
 * against every other and itself, in both seats,
 * on ten two-party linear ANAC 2012 scenarios from 3 to 390,625 outcomes, 180 rounds: no session ends in an
 * error, every session is deterministic (run twice with the same seed, same result), and agents that guard their
 * reservation value (micro, random, tit-for-tat) never agree below it.
 */
@Tag("slow")
class RoundRobinIT {

    static final List<String> AGENTS = List.of("boulware", "conceder", "linear", "hardliner", "boulware-party",
            "conceder-party", "tit-for-tat", "random", "micro", "boulware?genius", "conceder-party?genius",
            "tit-for-tat?genius", "boa-boulware", "boa-linear", "boa-conceder", "boa-mac", "boa-hardheaded",
            "boa-recency", "boa(offer=td(e=0.5),model=none,accept=gap(c=0.02))");

    private static final Set<String> KEEP_RESERVATION = Set.of("micro", "random", "tit-for-tat",
            "tit-for-tat?genius");

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({
        "NiceOrDie, A, 3",
        "FiftyFifty, B, 11",
        "Laptop, C, 27",
        "RentalHouse, A, 60",
        "ItexvsCypress, B, 180",
        "EnglandvsZimbabwe, C, 576",
        "Grocery, A, 1600",
        "Camera, B, 3600",
        "Car, C, 15625",
        "Energy, A, 390625",
    })
    void everyAgentAgainstEveryOtherIsErrorFreeAndDeterministic(String name, String variant, int outcomes) {
        Path dir = Paths.get(System.getProperty("parley.scenarios", "../scenarios"))
                .resolve("anac/anac__y2012__" + name);
        String base = name + "-" + variant;
        Scenario s = Scenarios.load(List.of(dir.resolve(base + "-domain.xml"), dir.resolve(base + "-prof1.xml"),
                dir.resolve(base + "-prof2.xml")));
        List<Profile> profiles = s.profiles();
        List<SortedOutcomes> sorted = List.of(SortedOutcomes.sort(profiles.get(0)),
                SortedOutcomes.sort(profiles.get(1)));
        assertEquals(outcomes, sorted.get(0).size());
        RunContext run = new RunContext();
        RunContext rerun = new RunContext();
        long seed = 1;
        for (String a : AGENTS) {
            AgentFactory fa = AgentRegistry.builtIns().factory(a);
            for (String b : AGENTS) {
                AgentFactory fb = AgentRegistry.builtIns().factory(b);
                String pair = base + ": " + a + " vs " + b;
                SessionResult first = run(profiles, fa, fb, seed, run);
                SessionResult again = run(profiles, fa, fb, seed, rerun);
                seed++;
                assertNull(first.error(), pair);
                assertSame(pair, first, again);
                if (first.hasAgreement()) {
                    for (int p = 0; p < 2; p++) {
                        String agent = p == 0 ? a : b;
                        double r = profiles.get(p).reservationValue();
                        if (KEEP_RESERVATION.contains(agent) && sorted.get(p).maxUtility() >= r) {
                            assertTrue(first.utilities()[p] >= r, pair + ": " + agent + " agreed below " + r);
                        }
                    }
                }
            }
        }
    }

    private static SessionResult run(List<Profile> profiles, AgentFactory a, AgentFactory b, long seed,
            RunContext context) {
        return SessionFactory.standard().run(SessionSpec.builder().profiles(profiles).agents(List.of(a, b))
                .deadline(Deadline.rounds(180)).seed(seed).context(context).build());
    }

    private static void assertSame(String pair, SessionResult x, SessionResult y) {
        assertArrayEquals(x.agreement(), y.agreement(), pair);
        assertEquals(x.endedBy(), y.endedBy(), pair);
        assertEquals(x.round(), y.round(), pair);
        assertEquals(x.time(), y.time(), pair);
        assertEquals(x.actions(), y.actions(), pair);
        assertArrayEquals(x.utilities(), y.utilities(), pair);
        assertArrayEquals(x.discountedUtilities(), y.discountedUtilities(), pair);
        assertEquals(x.error(), y.error(), pair);
        assertEquals(x.errorParty(), y.errorParty(), pair);
        assertEquals(x.agentNames(), y.agentNames(), pair);
    }
}
