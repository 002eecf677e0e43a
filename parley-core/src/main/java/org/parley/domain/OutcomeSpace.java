package org.parley.domain;

import java.math.BigInteger;
import java.util.function.Consumer;

/**
 * The Cartesian product of a domain's issue values.
 *
 * <p>The size is exact at any scale ({@link #size()} is a {@link BigInteger}: 5^40 does not overflow). Spaces of
 * at most {@link Long#MAX_VALUE} outcomes can also be indexed and enumerated. Index order is a mixed-radix counter
 * in issue order with the <em>last</em> issue changing fastest.
 */
public final class OutcomeSpace {

    private final Domain domain;
    private final int[] radix;
    private final BigInteger size;

    public OutcomeSpace(Domain domain) {
        this.domain = domain;
        this.radix = new int[domain.issueCount()];
        BigInteger s = BigInteger.ONE;
        for (int i = 0; i < radix.length; i++) {
            radix[i] = domain.issue(i).size();
            s = s.multiply(BigInteger.valueOf(radix[i]));
        }
        this.size = s;
    }

    public Domain domain() {
        return domain;
    }

    /** The exact number of outcomes. */
    public BigInteger size() {
        return size;
    }

    /** True when the space has at most {@link Long#MAX_VALUE} outcomes, so it can be indexed. */
    public boolean isIndexable() {
        return size.bitLength() < 64;
    }

    /** The size as a long; throws when the space is not indexable. */
    public long sizeAsLong() {
        if (!isIndexable()) {
            throw new ArithmeticException("outcome space of domain '" + domain.name() + "' has " + size
                    + " outcomes, more than a long can index");
        }
        return size.longValue();
    }

    /** The outcome at {@code index} (0-based, last issue fastest). */
    public int[] outcome(long index) {
        long n = sizeAsLong();
        if (index < 0 || index >= n) {
            throw new IndexOutOfBoundsException("outcome index " + index + " outside 0.." + (n - 1));
        }
        int[] out = new int[radix.length];
        for (int i = radix.length - 1; i >= 0; i--) {
            out[i] = (int) (index % radix[i]);
            index /= radix[i];
        }
        return out;
    }

    /** The index of {@code outcome}; the inverse of {@link #outcome(long)}. */
    public long index(int[] outcome) {
        sizeAsLong();
        domain.checkOutcome(outcome);
        long index = 0;
        for (int i = 0; i < radix.length; i++) {
            index = index * radix[i] + outcome[i];
        }
        return index;
    }

    /**
     * Visits every outcome in index order. The array passed to {@code visitor} is reused between calls: copy it to
     * keep it. Memory is constant whatever the size.
     */
    public void forEach(Consumer<int[]> visitor) {
        sizeAsLong();
        int[] current = new int[radix.length];
        while (true) {
            visitor.accept(current);
            int i = radix.length - 1;
            while (i >= 0) {
                if (++current[i] < radix[i]) {
                    break;
                }
                current[i] = 0;
                i--;
            }
            if (i < 0) {
                return;
            }
        }
    }
}
