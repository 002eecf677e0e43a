package org.parley.stats;

/**
 * Pearson's product-moment correlation {@code r = Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)²·Σ(y−ȳ)²)}, two-pass for accuracy. O(n).
 * Undefined (NaN) for fewer than two pairs or when either variable is constant, as R's {@code cor} (which warns and
 * gives NA).
 */
public final class PearsonCorrelation {

    private PearsonCorrelation() {
    }

    /**
     * The correlation of {@code x} and {@code y}, in [−1, 1], or NaN when undefined.
     *
     * @throws IllegalArgumentException when the lengths differ or a value is not finite
     */
    public static double of(double[] x, double[] y) {
        Checks.pairs(x, y);
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }
}
