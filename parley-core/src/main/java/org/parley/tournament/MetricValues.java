package org.parley.tournament;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One metric of one agent: exact running statistics (Welford) and a bounded sample for box plots. The sample holds
 * the values whose keys are the {@code capacity} smallest seen (a bottom-k sample; equal keys are ordered by value),
 * so with keys that are hashes of the session id and seat it is uniform, and it is the same set whatever the order in
 * which values arrive or the way they are split into parts and {@linkplain #merge merged}.
 *
 * <p>A mutable accumulator owned by one {@link TournamentSummary}, never shared: it hands out copies only.
 */
final class MetricValues implements Serializable {

    private static final long serialVersionUID = 1L;

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
        offer(key, x);
    }

    /**
     * Adds everything {@code other} has seen: the statistics combine as Chan, Golub and LeVeque's pairwise update
     * ({@code δ = mean_b − mean_a}, {@code mean = mean_a + δ·n_b/n}, {@code M2 = M2_a + M2_b + δ²·n_a·n_b/n}), the
     * samples as the bottom-k of their union, which is the bottom-k of all values both have seen.
     */
    void merge(MetricValues other) {
        if (other.capacity != capacity) {
            throw new IllegalArgumentException("cannot merge samples of " + capacity + " and " + other.capacity
                    + " values");
        }
        if (other.n > 0) {
            int total = n + other.n;
            double delta = other.mean - mean;
            mean = n == 0 ? other.mean : mean + delta * other.n / total;
            m2 = m2 + other.m2 + delta * delta * ((double) n * other.n / total);
            n = total;
        }
        for (int i = 0; i < other.size; i++) {
            offer(other.keys[i], other.values[i]);
        }
    }

    /** A copy of this accumulator. */
    MetricValues copy() {
        MetricValues c = new MetricValues(capacity);
        c.n = n;
        c.mean = mean;
        c.m2 = m2;
        c.keys = keys.clone();
        c.values = values.clone();
        c.size = size;
        return c;
    }

    private void offer(long key, double x) {
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
        } else if (before(key, x, keys[0], values[0])) {
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

    /** The sampled values (all of them up to the capacity), ordered by key, then value. */
    double[] sample() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> compare(keys[a], values[a], keys[b], values[b]));
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = values[order[i]];
        }
        return out;
    }

    /** True when (key a, value a) comes before (key b, value b). */
    private static boolean before(long ka, double va, long kb, double vb) {
        return compare(ka, va, kb, vb) < 0;
    }

    private static int compare(long ka, double va, long kb, double vb) {
        int c = Long.compare(ka, kb);
        return c != 0 ? c : Double.compare(va, vb);
    }

    /** Max-heap on (key, value), used once the sample is full. */
    private void siftDown(int i) {
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int big = i;
            if (l < size && before(keys[big], values[big], keys[l], values[l])) {
                big = l;
            }
            if (r < size && before(keys[big], values[big], keys[r], values[r])) {
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
