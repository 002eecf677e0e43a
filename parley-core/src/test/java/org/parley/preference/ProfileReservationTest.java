package org.parley.preference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;

/** Issue 13: a reservation value above 1 or below 0 was accepted silently; utilities lie in [0, 1], so must it. */
class ProfileReservationTest {

    private static final Domain DOMAIN = new Domain("d", List.of(new DiscreteIssue("I", List.of("a", "b"))));
    private static final AdditiveUtility U = new AdditiveUtility(DOMAIN, new double[] {1},
            List.of(new DiscreteEvaluator(Map.of("a", 1.0, "b", 0.5), true)));

    @Test
    void theEndsOfTheUnitIntervalAreAccepted() {
        assertEquals(0.0, new Profile("p", U, 0.0, 1).reservationValue());
        assertEquals(1.0, new Profile("p", U, 1.0, 1).reservationValue());
    }

    @Test
    void aReservationAboveOneIsRefusedWithTheProfileAndTheValue() {
        IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
                () -> new Profile("buyer", U, 1.5, 1));
        assertTrue(above.getMessage().startsWith("profile 'buyer' has reservation value 1.5; it must lie in [0, 1]"),
                above.getMessage());
    }

    @Test
    void belowZeroIsLeftToTheReadersOfUnitIntervalFormats() {
        assertEquals(-0.5, new Profile("negmas", U, -0.5, 1).reservationValue(),
                "NegMAS utilities may be negative, and so may its reserved value");
        assertTrue(Profile.reservationProblem("seller", -0.5).startsWith("profile 'seller' has reservation value "
                + "-0.5; it must lie in [0, 1]"));
        assertEquals(null, Profile.reservationProblem("seller", 0.5));
    }
}
