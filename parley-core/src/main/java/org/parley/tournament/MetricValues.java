package org.parley.tournament;

import java.util.Arrays;

/**
 * One metric of one agent: exact running statistics (Welford) and a bounded sample for box plots. The sample holds
 * the values whose keys are the {@code capacity} smallest seen (a bottom-k sample), so with keys that are hashes of
 * the session id and seat it is uniform and does not depend on the order in which values arrive.
 */
final class MetricValues {

    private final int capacity;
    private int n;
    private double mean;
    private double m2;
    private long[] keys = new long[16];
    private double[] values = new double[16];
    private int size;

    MetricValues(int capacity) {
        this.capacity = capacity;
    }

    void add(long key, double x) {
        if (Double.isNaN(x)) {
            return;
        }
        n++;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
        if (size < capacity) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, Math.min(capacity, size * 2));
                values = Arrays.copyOf(values, keys.length);
            }
            keys[size] = key;
            values[size] = x;
            size++;
            if (size == capacity) {
                for (int i = size / 2 - 1; i >= 0; i--) {
                    siftDown(i);
                }
            }
        } else if (key < keys[0]) {
            keys[0] = key;
            values[0] = x;
            siftDown(0);
        }
    }

    Stat stat() {
        return Stat.of(n, mean, m2);
    }

    int count() {
        return n;
    }

    /** The sampled values (all of them up to the capacity), ordered by key. */
    double[] sample() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = values[order[i]];
        }
        return out;
    }

    /** Max-heap on keys, used once the sample is full. */
    private void siftDown(int i) {
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int big = i;
            if (l < size && keys[l] > keys[big]) {
                big = l;
            }
            if (r < size && keys[r] > keys[big]) {
                big = r;
            }
            if (big == i) {
                return;
            }
            long k = keys[i];
            keys[i] = keys[big];
            keys[big] = k;
            double v = values[i];
            values[i] = values[big];
            values[big] = v;
            i = big;
        }
    }
}
