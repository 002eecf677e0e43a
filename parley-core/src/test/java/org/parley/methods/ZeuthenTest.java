package org.parley.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ZeuthenTest {

    /**
     * A asks x^A with U_A = 0.8 and is offered U_A(x^B) = 0.5, d_A = 0.2: r_A = 0.3/0.6 = 0.5. B asks U_B = 0.9,
     * is offered 0.3, d_B = 0: r_B = 0.6/0.9 = 2/3. A has less to lose by conceding, so A concedes. Nash products:
     * x^A (0.6·0.3 = 0.18) below x^B (0.3·0.9 = 0.27), as Harsanyi's equivalence requires.
     */
    @Test
    void smallerRiskLimitConcedes() {
        Zeuthen.Result r = Zeuthen.next(0.8, 0.5, 0.2, 0.9, 0.3, 0);
        assertEquals(0.5, r.riskA(), 1e-15);
        assertEquals(2.0 / 3, r.riskB(), 1e-15);
        assertEquals(0, r.concedes());
    }

    @Test
    void equalLimitsMeanBothConcede() {
        Zeuthen.Result r = Zeuthen.next(1, 0.5, 0, 1, 0.5, 0);
        assertEquals(-1, r.concedes());
        assertTrue(r.bothConcede());
    }

    @Test
    void limitsOutsideZeroOneHaveAReading() {
        assertEquals(-0.5, Zeuthen.riskLimit(0.6, 0.8, 0.2), 1e-15, "prefers the other's proposal: accept");
        assertEquals(1.5, Zeuthen.riskLimit(0.6, 0, 0.2), 1e-15, "prefers breakdown to the other's proposal");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Zeuthen.riskLimit(0.2, 0.1, 0.2));
        assertTrue(e.getMessage().startsWith("the own proposal's utility 0.2 is not above the disagreement"));
    }

    /** Harsanyi: r_A < r_B exactly when N(x^A) < N(x^B), N the Nash product of gains over disagreement. */
    @Property(tries = 3000, seed = "1956")
    void concederHasTheSmallerNashProduct(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double dA = r.nextDouble() * 0.5;
        double dB = r.nextDouble() * 0.5;
        double aOfA = dA + 0.01 + r.nextDouble() * (1 - dA - 0.01);
        double bOfB = dB + 0.01 + r.nextDouble() * (1 - dB - 0.01);
        double aOfB = dA + r.nextDouble() * (aOfA - dA);
        double bOfA = dB + r.nextDouble() * (bOfB - dB);
        Zeuthen.Result z = Zeuthen.next(aOfA, aOfB, dA, bOfB, bOfA, dB);
        double nashA = (aOfA - dA) * (bOfA - dB);
        double nashB = (aOfB - dA) * (bOfB - dB);
        if (Math.abs(nashA - nashB) > 1e-6) {
            assertEquals(nashA < nashB ? 0 : 1, z.concedes(), "seed " + seed);
        }
    }
}
