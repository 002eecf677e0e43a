package org.parley.stats;

/** Argument checks shared by the statistics. */
final class Checks {

    private Checks() {
    }

    /** Equal lengths and finite values. */
    static void pairs(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired samples must have equal lengths, got " + x.length + " and "
                    + y.length);
        }
        finite(x, "x");
        finite(y, "y");
    }

    /** Every value finite. */
    static void finite(double[] x, String name) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + x[i] + "; every value must be finite");
            }
        }
    }
}
