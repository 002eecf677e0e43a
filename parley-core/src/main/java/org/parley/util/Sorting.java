package org.parley.util;

import java.util.Arrays;

/**
 * Stable primitive sorts of positions by a key, without boxing: the sorted outcome spaces of the agents and the
 * champions' rankings share them.
 */
public final class Sorting {

    private Sorting() {
    }

    /** Positions {@code 0..u.length-1} ordered by {@code u} descending; equal keys keep ascending position. */
    public static int[] descending(double[] u) {
        return sort(u, true);
    }

    /** Positions ordered by {@code u} ascending; equal keys keep ascending position. */
    public static int[] ascending(double[] u) {
        return sort(u, false);
    }

    private static int[] sort(double[] u, boolean descending) {
        int n = u.length;
        int[] a = new int[n];
        for (int k = 0; k < n; k++) {
            a[k] = k;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    int c = Double.compare(u[a[j]], u[a[i]]);
                    boolean rightFirst = descending ? c > 0 : c < 0;
                    b[k++] = rightFirst ? a[j++] : a[i++];
                }
                while (i < mid) {
                    b[k++] = a[i++];
                }
                while (j < hi) {
                    b[k++] = a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * Positions {@code 0..count-1} ordered by {@code keys} ascending as {@link Double#compare} orders them; equal keys
     * keep ascending position. A least-significant-digit radix sort on the keys' sortable bits (8-bit digits,
     * skipping digits all keys share): linear time, for hundreds of thousands of keys per session.
     */
    public static int[] ascendingRadix(double[] keys, int count) {
        long[] bits = new long[count];
        long and = -1L;
        long or = 0L;
        for (int k = 0; k < count; k++) {
            long b = Double.doubleToLongBits(keys[k]);
            long s = b ^ ((b >> 63) | Long.MIN_VALUE);
            bits[k] = s;
            and &= s;
            or |= s;
        }
        int[] a = new int[count];
        for (int k = 0; k < count; k++) {
            a[k] = k;
        }
        int[] b = new int[count];
        int[] buckets = new int[257];
        long varying = and ^ or;
        for (int shift = 0; shift < 64; shift += 8) {
            if (((varying >>> shift) & 0xFF) == 0) {
                continue;
            }
            Arrays.fill(buckets, 0);
            for (int k = 0; k < count; k++) {
                buckets[(int) ((bits[a[k]] >>> shift) & 0xFF) + 1]++;
            }
            for (int d = 0; d < 256; d++) {
                buckets[d + 1] += buckets[d];
            }
            for (int k = 0; k < count; k++) {
                b[buckets[(int) ((bits[a[k]] >>> shift) & 0xFF)]++] = a[k];
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }
}
