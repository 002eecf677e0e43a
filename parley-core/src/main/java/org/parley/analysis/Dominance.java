package org.parley.analysis;

import java.util.Comparator;

/**
 * Pareto dominance on utility vectors, and the order in which frontier algorithms sweep them. Dominance is exact: the
 * frontier keeps every vector no other beats in any bit. Choices among frontier points by a score use
 * {@link org.parley.util.TieRule}.
 */
public final class Dominance {

    private Dominance() {
    }

    /** True when {@code a ≥ b} in every component and {@code a > b} in at least one. */
    public static boolean dominates(double[] a, double[] b) {
        boolean strict = false;
        for (int j = 0; j < a.length; j++) {
            if (a[j] < b[j]) {
                return false;
            }
            if (a[j] > b[j]) {
                strict = true;
            }
        }
        return strict;
    }

    /** True when {@code a ≥ b} in every component. */
    public static boolean weaklyDominates(double[] a, double[] b) {
        for (int j = 0; j < a.length; j++) {
            if (a[j] < b[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lexicographic descending order. A vector that dominates another always comes before it, so one pass in this
     * order only ever needs to compare a vector with those already kept.
     */
    public static final Comparator<double[]> LEX_DESCENDING = (a, b) -> {
        for (int j = 0; j < a.length; j++) {
            int c = Double.compare(b[j], a[j]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };
}
