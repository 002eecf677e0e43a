package org.parley.util;

/**
 * The one tolerance for comparing computed doubles: two values are equal when they differ by at most
 * {@value #EPS} times {@code max(1, |a|, |b|)}, i.e. by at most 1e-9 for the utilities, gains, products and sums of
 * utilities parley compares (all of magnitude at most a few units), and by nine significant digits for larger
 * quantities. Rounding makes mathematically equal values differ in their last bits (0.5966666666666668 against
 * 0.5966666666666667); no difference parley reports is that small.
 */
public final class Tolerance {

    /** The tolerance. */
    public static final double EPS = 1e-9;

    private Tolerance() {
    }

    /**
     * True when {@code a} and {@code b} are equal within the tolerance; NaN is close to nothing, an infinity only to
     * itself.
     */
    public static boolean close(double a, double b) {
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        return Math.abs(a - b) <= EPS * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** 0 when {@code a} and {@code b} are {@linkplain #close close}, else {@link Double#compare}. */
    public static int compare(double a, double b) {
        return close(a, b) ? 0 : Double.compare(a, b);
    }
}
