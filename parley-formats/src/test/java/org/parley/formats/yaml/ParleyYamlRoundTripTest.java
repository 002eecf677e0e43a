package org.parley.formats.yaml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.parley.preference.AdditiveUtility;
import org.parley.preference.Profile;
import org.parley.preference.Scenario;

/** write → read is exact for random scenarios covering every evaluator kind and hyper-rectangle parties. */
class ParleyYamlRoundTripTest {

    @Property(tries = 200, seed = "20240611")
    void writeThenReadIsExact(@ForAll long seed) {
        Scenario s = new RandomScenarios(seed).next();
        String yaml = ParleyYaml.toString(s);
        Scenario back;
        try {
            back = ParleyYaml.parse(yaml, Path.of("random.yaml"));
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage() + "\n" + yaml, e);
        }
        assertSameScenario(s, back, "seed " + seed + "\n" + yaml);
        assertEquals(yaml, ParleyYaml.toString(back), "writing again gives the same text");
    }

    static void assertSameScenario(Scenario a, Scenario b, String context) {
        assertEquals(a.name(), b.name(), context);
        assertEquals(a.domain(), b.domain(), context);
        assertEquals(a.profiles().size(), b.profiles().size(), context);
        for (int k = 0; k < a.profiles().size(); k++) {
            Profile p = a.profiles().get(k);
            Profile q = b.profiles().get(k);
            assertEquals(p.name(), q.name(), context);
            assertEquals(p.reservationValue(), q.reservationValue(), context);
            assertEquals(p.discountFactor(), q.discountFactor(), context);
            assertArrayEquals(p.reservationOutcome(), q.reservationOutcome(), context);
            assertEquals(p.utility().getClass(), q.utility().getClass(), context);
            if (p.utility() instanceof AdditiveUtility u) {
                AdditiveUtility v = (AdditiveUtility) q.utility();
                assertArrayEquals(u.weights(), v.weights(), context);
                assertEquals(u.evaluators(), v.evaluators(), context);
            }
            a.domain().outcomeSpace().forEach(o -> assertEquals(p.utility(o), q.utility(o),
                    () -> context + "\n" + p.name() + " " + a.domain().format(o)));
        }
    }
}
