package org.parley.tournament;

/**
 * A sample's size, mean and 95% confidence half-width {@code 1.96·s/√n} (normal approximation, {@code s} the sample
 * standard deviation with {@code n − 1}); the half-width is NaN below two values, everything is NaN for none.
 *
 * @param n    number of values
 * @param mean their mean
 * @param ci95 half-width of the 95% interval: the interval is {@code mean ± ci95}
 */
public record Stat(int n, double mean, double ci95) {

    /** From a running count, mean and sum of squared deviations (Welford's accumulators). */
    public static Stat of(int n, double mean, double m2) {
        if (n == 0) {
            return new Stat(0, Double.NaN, Double.NaN);
        }
        return new Stat(n, mean, n < 2 ? Double.NaN : 1.96 * Math.sqrt(m2 / (n - 1)) / Math.sqrt(n));
    }

    /** The statistics of the first {@code n} values of {@code values}. */
    public static Stat of(double[] values, int n) {
        if (n == 0) {
            return new Stat(0, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
        }
        double mean = sum / n;
        if (n < 2) {
            return new Stat(n, mean, Double.NaN);
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (values[i] - mean) * (values[i] - mean);
        }
        return new Stat(n, mean, 1.96 * Math.sqrt(ss / (n - 1)) / Math.sqrt(n));
    }
}
