package org.parley.agent.champions;

/** Stable primitive sorts of positions by a key, without boxing. */
final class Sorting {

    private Sorting() {
    }

    /** Positions {@code 0..u.length-1} ordered by {@code u} descending; equal keys keep ascending position. */
    static int[] descending(double[] u) {
        return sort(u, true);
    }

    /** Positions ordered by {@code u} ascending; equal keys keep ascending position. */
    static int[] ascending(double[] u) {
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
}
