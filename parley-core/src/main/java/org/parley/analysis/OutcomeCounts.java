package org.parley.analysis;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Outcome counts, each a {@code long} until it outgrows one (counts reach {@code 2^issues}) and from then on a
 * {@link BigInteger} plus a {@code long} that collects the small counts added to it: most merges add small counts,
 * often to one large count (the outcomes of a point held at 1), and boxing every one of millions of them was a
 * third of a large merge's time.
 */
final class OutcomeCounts {
    /** The whole count while {@code big} has none, else what has been added to it since. */
    final long[] small;
    /** null, or per count: null while it fits {@code small}. */
    BigInteger[] big;

    OutcomeCounts(int size) {
        this.small = new long[size];
    }

    BigInteger get(int q) {
        if (big == null || big[q] == null) {
            return BigInteger.valueOf(small[q]);
        }
        return small[q] == 0 ? big[q] : big[q].add(BigInteger.valueOf(small[q]));
    }

    /** Count q becomes {@code from}'s count a times {@code mult}. */
    void set(int q, OutcomeCounts from, int a, long mult) {
        long p = from.product(a, mult);
        if (p >= 0) {
            small[q] = p;
            if (big != null) {
                big[q] = null;
            }
        } else {
            small[q] = 0;
            setBig(q, from.big(a, mult));
        }
    }

    /** Count q grows by {@code from}'s count a times {@code mult}. */
    void add(int q, OutcomeCounts from, int a, long mult) {
        long p = from.product(a, mult);
        if (p < 0) {
            setBig(q, bigPart(q).add(from.big(a, mult)));
            return;
        }
        long sum = small[q] + p;
        if (sum >= 0) { // both are non-negative: a negative sum overflowed
            small[q] = sum;
        } else {
            setBig(q, bigPart(q).add(BigInteger.valueOf(small[q])).add(BigInteger.valueOf(p)));
            small[q] = 0;
        }
    }

    private BigInteger bigPart(int q) {
        return big == null || big[q] == null ? BigInteger.ZERO : big[q];
    }

    /** Count a times {@code mult}, as a BigInteger (most multiplicities are 1). */
    private BigInteger big(int a, long mult) {
        BigInteger x = get(a);
        return mult == 1 ? x : x.multiply(BigInteger.valueOf(mult));
    }

    /** Count a times {@code mult} (both non-negative) when it fits a long; -1 when not. */
    private long product(int a, long mult) {
        if (big != null && big[a] != null) {
            return -1;
        }
        long x = small[a];
        return Math.multiplyHigh(x, mult) == 0 && x * mult >= 0 ? x * mult : -1;
    }

    private void setBig(int q, BigInteger value) {
        if (big == null) {
            big = new BigInteger[small.length];
        }
        big[q] = value;
    }

    /** The first n counts. */
    OutcomeCounts truncate(int n) {
        OutcomeCounts c = new OutcomeCounts(n);
        System.arraycopy(small, 0, c.small, 0, n);
        if (big != null) {
            c.big = Arrays.copyOf(big, n);
        }
        return c;
    }
}
