package org.parley.analysis;

import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/**
 * Stable natural merge sort of the indices {@code 0..k-1} under an order given on indices: the runs already in order
 * are found in one pass and merged pairwise, so input made of {@code r} sorted runs costs {@code O(k log r)}
 * comparisons ({@code O(k)} when it is sorted). Indices that compare equal keep their ascending order, as
 * {@link java.util.Arrays#sort(Object[], java.util.Comparator)} keeps them, without boxing every index.
 */
final class IndexSort {

    private IndexSort() {
    }

    /**
     * The indices {@code 0..k-1} ordered by {@code order} (negative: the first index comes first), equal ones by
     * index.
     */
    static int[] sort(int k, IntBinaryOperator order) {
        int[] a = new int[k];
        for (int i = 0; i < k; i++) {
            a[i] = i;
        }
        if (k < 2) {
            return a;
        }
        // run q is a[bounds[q] .. bounds[q + 1]); a run ends where the next index would come before its last. The
        // merge buffer holds the bounds while they are found, so nearly sorted input (the frontier's merges: a few
        // runs of up to a million) needs no third array of that length
        int[] b = new int[k]; // b[q]: where run q starts
        int runs = 1;
        for (int i = 1; i < k; i++) {
            if (order.applyAsInt(i - 1, i) > 0) {
                b[runs++] = i;
            }
        }
        if (runs == 1) {
            return a;
        }
        int[] bounds = Arrays.copyOf(b, runs + 1);
        bounds[runs] = k;
        while (runs > 1) {
            int merged = 0;
            for (int q = 0; q < runs; q += 2) {
                int lo = bounds[q];
                int mid = bounds[Math.min(q + 1, runs)];
                int hi = bounds[Math.min(q + 2, runs)];
                merge(a, b, lo, mid, hi, order);
                bounds[merged++] = lo;
            }
            bounds[merged] = k;
            runs = merged;
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    /** Merges the sorted a[lo..mid) and a[mid..hi) into b[lo..hi), the left one first among equals. */
    private static void merge(int[] a, int[] b, int lo, int mid, int hi, IntBinaryOperator order) {
        int i = lo;
        int j = mid;
        int out = lo;
        while (i < mid && j < hi) {
            b[out++] = order.applyAsInt(a[i], a[j]) <= 0 ? a[i++] : a[j++];
        }
        System.arraycopy(a, i, b, out, mid - i);
        out += mid - i;
        System.arraycopy(a, j, b, out, hi - j);
    }
}
