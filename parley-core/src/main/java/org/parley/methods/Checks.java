package org.parley.methods;

import org.parley.util.Tolerance;

/** Input validation shared by the methods; every message names the parameter and the bad value. */
final class Checks {

    private Checks() {
    }

    static double finite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + v);
        }
        return v;
    }

    static double nonNegative(String what, double v) {
        finite(what, v);
        if (v < 0) {
            throw new IllegalArgumentException(what + " must be ≥ 0, got " + v);
        }
        return v;
    }

    static double positive(String what, double v) {
        finite(what, v);
        if (v <= 0) {
            throw new IllegalArgumentException(what + " must be > 0, got " + v);
        }
        return v;
    }

    /** A value in the closed interval [lo, hi]. */
    static double within(String what, double v, double lo, double hi) {
        finite(what, v);
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(what + " must lie in [" + lo + ", " + hi + "], got " + v);
        }
        return v;
    }

    /** A value in [0, 1]. */
    static double unit(String what, double v) {
        return within(what, v, 0, 1);
    }

    static <T> T notNull(String what, T v) {
        if (v == null) {
            throw new IllegalArgumentException(what + " is missing (null)");
        }
        return v;
    }

    /** A non-empty array of finite, non-negative numbers; returns a copy. */
    static double[] nonNegativeArray(String what, double[] v) {
        notNull(what, v);
        if (v.length == 0) {
            throw new IllegalArgumentException(what + " is empty");
        }
        for (int k = 0; k < v.length; k++) {
            nonNegative(what + "[" + k + "]", v[k]);
        }
        return v.clone();
    }

    static void sameLength(String a, double[] x, String b, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(a + " has " + x.length + " entries but " + b + " has " + y.length
                    + "; they must describe the same items");
        }
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** True when a and b agree to parley's one tolerance ({@link Tolerance#close}). */
    static boolean close(double a, double b) {
        return Tolerance.close(a, b);
    }
}
