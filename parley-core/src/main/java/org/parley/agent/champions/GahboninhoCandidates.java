package org.parley.agent.champions;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.parley.util.Sorting;

/**
 * Gahboninho's candidate bids: an ordered map from keys (utilities, perturbed on collisions) to bids, with the
 * operations the agent needs: put (replacing an equal key), "the bid of the smallest key ≥ u", and a descending walk.
 * Bids are identified by a {@code long} (an outcome index) that the owner decodes.
 *
 * <p>The bulk is a sorted base: either positions into a shared, utility-sorted list of the whole space (the key of
 * a position is its utility; nothing per bid but an {@code int}), or explicit sorted arrays. Keys that differ from
 * a position's utility (perturbed ties, later insertions) live in a small tree that shadows base entries with an
 * equal key.
 */
final class GahboninhoCandidates {

    /** Keys and bids of a shared sorted list, by ascending position. */
    interface Universe {
        double key(int position);

        long bid(int position);
    }

    private final Universe universe;
    private int[] members;
    private int size;
    private final double[] keys;
    private final long[] bids;
    private final TreeMap<Double, Long> added = new TreeMap<>();
    private int shadowed;

    /** An empty map whose base will be positions of {@code universe}, appended in ascending key order. */
    GahboninhoCandidates(Universe universe) {
        this.universe = universe;
        this.members = new int[16];
        this.keys = null;
        this.bids = null;
    }

    private GahboninhoCandidates(double[] keys, long[] bids) {
        this.universe = null;
        this.keys = keys;
        this.bids = bids;
        this.size = keys.length;
    }

    /**
     * A map built by inserting {@code keys[k] → bids[k]} in order, where an exactly equal key replaces the earlier
     * entry (as {@link Double#compare} compares).
     */
    static GahboninhoCandidates fromInsertions(double[] keys, long[] bids, int count) {
        int[] order = Sorting.ascendingRadix(keys, count);
        double[] sortedKeys = new double[count];
        long[] sortedBids = new long[count];
        int kept = 0;
        for (int j = 0; j < count; j++) {
            int q = order[j];
            if (kept > 0 && Double.compare(sortedKeys[kept - 1], keys[q]) == 0) {
                sortedBids[kept - 1] = bids[q]; // stable order: the later insertion replaces
            } else {
                sortedKeys[kept] = keys[q];
                sortedBids[kept] = bids[q];
                kept++;
            }
        }
        return new GahboninhoCandidates(Arrays.copyOf(sortedKeys, kept), Arrays.copyOf(sortedBids, kept));
    }

    private double baseKey(int i) {
        return universe != null ? universe.key(members[i]) : keys[i];
    }

    private long baseBid(int i) {
        return universe != null ? universe.bid(members[i]) : bids[i];
    }

    /** Appends a base entry (universe mode); its key must not be below the last one's. */
    void append(int position) {
        if (size == members.length) {
            members = Arrays.copyOf(members, 2 * size);
        }
        members[size++] = position;
    }

    /** The key of the last base entry, or NaN when there is none. */
    double lastBaseKey() {
        return size == 0 ? Double.NaN : baseKey(size - 1);
    }

    /** Replaces the bid of the last base entry by {@code position}, which has the same key. */
    void replaceLast(int position) {
        members[size - 1] = position;
    }

    boolean containsKey(double key) {
        return added.containsKey(key) || baseIndex(key) >= 0;
    }

    /** {@link #containsKey} for a key not below the last base key (the ascending build). */
    boolean containsAtOrAboveBase(double key) {
        return (size > 0 && Double.compare(baseKey(size - 1), key) == 0)
                || (!added.isEmpty() && added.containsKey(key));
    }

    int size() {
        return size + added.size() - shadowed;
    }

    void put(double key, long bid) {
        if (!added.containsKey(key) && baseIndex(key) >= 0) {
            shadowed++;
        }
        added.put(key, bid);
    }

    private int baseIndex(double key) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Double.compare(baseKey(mid), key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The bid under the smallest key ≥ u, or -1 when no key is ≥ u. */
    long ceiling(double u) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(baseKey(mid), u) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Map.Entry<Double, Long> a = added.ceilingEntry(u);
        if (lo == size) {
            return a == null ? -1 : a.getValue();
        }
        if (a != null && Double.compare(a.getKey(), baseKey(lo)) <= 0) {
            return a.getValue();
        }
        return baseBid(lo);
    }

    /** A visitor of entries in descending key order; returns false to stop. */
    interface Visitor {
        boolean visit(double key, long bid);
    }

    /** Visits every entry by key descending, until the visitor returns false. */
    void descending(Visitor visitor) {
        int i = size - 1;
        Iterator<Map.Entry<Double, Long>> it = added.descendingMap().entrySet().iterator();
        Map.Entry<Double, Long> a = it.hasNext() ? it.next() : null;
        while (i >= 0 || a != null) {
            int c = a == null ? -1 : (i < 0 ? 1 : Double.compare(a.getKey(), baseKey(i)));
            boolean more;
            if (c >= 0) {
                more = visitor.visit(a.getKey(), a.getValue());
                if (c == 0) {
                    i--;
                }
                a = it.hasNext() ? it.next() : null;
            } else {
                more = visitor.visit(baseKey(i), baseBid(i));
                i--;
            }
            if (!more) {
                return;
            }
        }
    }
}
