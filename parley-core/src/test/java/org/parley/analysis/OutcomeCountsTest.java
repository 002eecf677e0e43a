package org.parley.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The frontier's outcome counts are longs until they outgrow one: seeded random products and sums, many of them
 * near {@code Long.MAX_VALUE}, against the same arithmetic in {@link BigInteger}.
 */
class OutcomeCountsTest {

    @Test
    void longCountsBecomeBigExactlyWhenTheyOverflow() {
        OutcomeCounts one = new OutcomeCounts(1);
        one.small[0] = Long.MAX_VALUE;
        OutcomeCounts c = new OutcomeCounts(2);
        c.set(0, one, 0, 1);
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE), c.get(0));
        c.add(0, one, 0, 1);
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1), c.get(0), "sum over a long");
        c.set(1, one, 0, 3);
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(3)), c.get(1),
                "product over a long");
        c.set(0, one, 0, 0);
        assertEquals(BigInteger.ZERO, c.get(0), "a big count set back to a small one");
        assertEquals(BigInteger.ZERO, c.truncate(1).get(0));
    }

    @Test
    void matchesBigIntegerArithmetic() {
        for (long seed = 1; seed <= 200; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            int n = 1 + r.nextInt(6);
            OutcomeCounts from = new OutcomeCounts(n);
            BigInteger[] fromRef = new BigInteger[n];
            for (int a = 0; a < n; a++) {
                from.small[a] = r.nextBoolean() ? r.nextLong(0, 1000) : Long.MAX_VALUE - r.nextLong(0, 1000);
                fromRef[a] = BigInteger.valueOf(from.small[a]);
            }
            OutcomeCounts to = new OutcomeCounts(n);
            BigInteger[] ref = new BigInteger[n];
            for (int step = 0; step < 50; step++) {
                int q = r.nextInt(n);
                int a = r.nextInt(n);
                long mult = r.nextBoolean() ? 1 : r.nextLong(0, 5);
                BigInteger product = fromRef[a].multiply(BigInteger.valueOf(mult));
                if (ref[q] == null || r.nextInt(4) == 0) {
                    to.set(q, from, a, mult);
                    ref[q] = product;
                } else {
                    to.add(q, from, a, mult);
                    ref[q] = ref[q].add(product);
                }
                assertEquals(ref[q], to.get(q), "seed " + seed + ", step " + step);
            }
            // counts that are big feed the next merge as its parents
            OutcomeCounts next = new OutcomeCounts(1);
            BigInteger expected = BigInteger.ZERO;
            for (int q = 0; q < n; q++) {
                if (ref[q] != null) {
                    next.add(0, to, q, 2);
                    expected = expected.add(ref[q].shiftLeft(1));
                }
            }
            assertEquals(expected, next.get(0), "seed " + seed);
        }
    }
}
