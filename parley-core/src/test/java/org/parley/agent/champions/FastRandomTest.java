package org.parley.agent.champions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FastRandomTest {

    @Test
    void givesExactlyJavaUtilRandomsNumbers() {
        for (long seed : new long[] {0, 1, 100, -7, 0x5DEECE66DL, Long.MAX_VALUE}) {
            Random slow = new Random(seed);
            Random fast = new FastRandom(seed);
            for (int k = 0; k < 1000; k++) {
                assertEquals(slow.nextDouble(), fast.nextDouble(), "seed " + seed);
                assertEquals(slow.nextInt(), fast.nextInt(), "seed " + seed);
                assertEquals(slow.nextInt(17), fast.nextInt(17), "seed " + seed);
                assertEquals(slow.nextInt(1 << 20), fast.nextInt(1 << 20), "seed " + seed);
                assertEquals(slow.nextLong(), fast.nextLong(), "seed " + seed);
                assertEquals(slow.nextBoolean(), fast.nextBoolean(), "seed " + seed);
            }
        }
    }

    @Test
    void reseedingRestartsTheSequence() {
        Random fast = new FastRandom(5);
        double first = fast.nextDouble();
        fast.nextInt();
        fast.setSeed(5);
        assertEquals(first, fast.nextDouble());
    }

    @Test
    void knownFirstValues() {
        // java.util.Random(42).nextInt() is -1170105035 by the generator's specification
        assertEquals(-1170105035, new FastRandom(42).nextInt());
        assertEquals(0, new FastRandom(42).nextInt(10));
    }
}
