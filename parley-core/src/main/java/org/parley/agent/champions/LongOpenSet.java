package org.parley.agent.champions;

/** A set of {@code long}s by open addressing (linear probing), for hundreds of thousands of keys without boxing. */
final class LongOpenSet {

    private static final long EMPTY = Long.MIN_VALUE;
    private long[] table;
    private int size;
    private boolean hasEmpty;

    LongOpenSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        table = new long[capacity];
        java.util.Arrays.fill(table, EMPTY);
    }

    private static int mix(long v) {
        long z = v * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 32));
    }

    boolean contains(long v) {
        if (v == EMPTY) {
            return hasEmpty;
        }
        int mask = table.length - 1;
        for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
            long t = table[i];
            if (t == EMPTY) {
                return false;
            }
            if (t == v) {
                return true;
            }
        }
    }

    /** Adds v; false when it was already there. */
    boolean add(long v) {
        if (v == EMPTY) {
            boolean added = !hasEmpty;
            hasEmpty = true;
            return added;
        }
        if (2 * (size + 1) > table.length) {
            grow();
        }
        int mask = table.length - 1;
        for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
            long t = table[i];
            if (t == EMPTY) {
                table[i] = v;
                size++;
                return true;
            }
            if (t == v) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        java.util.Arrays.fill(table, EMPTY);
        size = 0;
        for (long v : old) {
            if (v != EMPTY) {
                add(v);
            }
        }
    }
}
