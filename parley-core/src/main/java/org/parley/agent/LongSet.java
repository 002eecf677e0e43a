package org.parley.agent;

/** A small open-addressing set of non-negative longs, without boxing. */
final class LongSet {

    private long[] slots = new long[32];
    private int size;

    /** Adds {@code value} (≥ 0); true when it was not there yet. */
    boolean add(long value) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        return insert(slots, value + 1);
    }

    int size() {
        return size;
    }

    private boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        int i = mix(key) & mask;
        while (table[i] != 0) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long key : old) {
            if (key != 0) {
                insert(slots, key);
            }
        }
    }

    private static int mix(long key) {
        long z = key * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 32));
    }
}
