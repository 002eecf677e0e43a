package org.parley.agent.boa;

import java.util.Arrays;

/**
 * The bids one party has made in a session, in order, each with <em>my</em> undiscounted utility of it and the
 * normalised time at which it was made or received.
 *
 * <p>Storage is three growing parallel arrays, so adding a bid allocates nothing but the occasional doubling. The
 * outcome arrays are kept by reference, not copied: neither the history nor its readers may modify them. Times
 * must not decrease, which lets window queries start with a binary search.
 */
public final class BidHistory {

    private int[][] outcomes;
    private double[] utilities;
    private double[] times;
    private int size;
    private double max = Double.NEGATIVE_INFINITY;

    /** An empty history. */
    public BidHistory() {
        this(16);
    }

    /** An empty history with room for {@code capacity} bids before it grows (e.g. the number of rounds). */
    public BidHistory(int capacity) {
        int c = Math.max(1, capacity);
        outcomes = new int[c][];
        utilities = new double[c];
        times = new double[c];
    }

    /**
     * Appends a bid.
     *
     * @param outcome the bid's value indices (kept by reference)
     * @param utility my undiscounted utility of it
     * @param time    the normalised time it was made or received; not before the previous bid's time
     */
    public void add(int[] outcome, double utility, double time) {
        if (size > 0 && time < times[size - 1]) {
            throw new IllegalArgumentException("bid time " + time + " is before the previous bid's time "
                    + times[size - 1]);
        }
        if (size == outcomes.length) {
            int capacity = size * 2;
            outcomes = Arrays.copyOf(outcomes, capacity);
            utilities = Arrays.copyOf(utilities, capacity);
            times = Arrays.copyOf(times, capacity);
        }
        outcomes[size] = outcome;
        utilities[size] = utility;
        times[size] = time;
        size++;
        if (utility > max) {
            max = utility;
        }
    }

    /** Number of bids. */
    public int size() {
        return size;
    }

    /** True when no bid has been made. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The k-th bid (0 = first); the array must not be modified. */
    public int[] outcome(int k) {
        check(k);
        return outcomes[k];
    }

    /** My undiscounted utility of the k-th bid. */
    public double utility(int k) {
        check(k);
        return utilities[k];
    }

    /** Time of the k-th bid. */
    public double time(int k) {
        check(k);
        return times[k];
    }

    /** The latest bid, or null when empty. */
    public int[] last() {
        return size == 0 ? null : outcomes[size - 1];
    }

    /** My utility of the latest bid, or NaN when empty. */
    public double lastUtility() {
        return size == 0 ? Double.NaN : utilities[size - 1];
    }

    /** The largest utility over all bids, or NaN when empty. O(1). */
    public double maxUtility() {
        return size == 0 ? Double.NaN : max;
    }

    /** Position of the first bid made at or after {@code time} ({@code size()} if none). O(log size). */
    public int firstAtOrAfter(double time) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The largest utility over bids with {@code from ≤ time ≤ to}, or NaN when there is none. */
    public double maxUtility(double from, double to) {
        double best = Double.NaN;
        for (int k = firstAtOrAfter(from); k < size && times[k] <= to; k++) {
            if (!(utilities[k] <= best)) {
                best = utilities[k];
            }
        }
        return best;
    }

    /** The mean utility over bids with {@code from ≤ time ≤ to}, or NaN when there is none. */
    public double averageUtility(double from, double to) {
        double sum = 0;
        int count = 0;
        for (int k = firstAtOrAfter(from); k < size && times[k] <= to; k++) {
            sum += utilities[k];
            count++;
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private void check(int k) {
        if (k < 0 || k >= size) {
            throw new IndexOutOfBoundsException("bid " + k + " of a history of " + size);
        }
    }
}
