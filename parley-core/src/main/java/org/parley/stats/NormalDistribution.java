package org.parley.stats;

/**
 * The standard normal distribution function Φ and its upper tail {@code Q(x) = 1 − Φ(x)}, to about 15 significant
 * digits in double precision everywhere (also deep in the tails, where {@code 1 − Φ} would cancel to 0).
 *
 * <p>Method: for {@code |x| < 3} Marsaglia's Taylor series (Marsaglia 2004, "Evaluating the normal distribution",
 * J. Stat. Softw. 11(4)) {@code Φ(x) = 1/2 + φ(x)·(x + x³/3 + x⁵/(3·5) + x⁷/(3·5·7) + …)}, whose terms are all of one
 * sign; beyond it the tail by Laplace's continued fraction {@code Q(x) = φ(x)/(x + 1/(x + 2/(x + 3/(x + …))))}
 * evaluated with the modified Lentz algorithm.
 */
public final class NormalDistribution {

    private static final double INV_SQRT_2PI = 0.3989422804014327;

    private NormalDistribution() {
    }

    /** The density {@code φ(x) = exp(−x²/2)/√(2π)}. */
    public static double density(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /** {@code Φ(x) = P(Z ≤ x)}; NaN for NaN. */
    public static double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (Math.abs(x) < 3) {
            return 0.5 + density(x) * series(x);
        }
        return x > 0 ? 1 - tail(x) : tail(-x);
    }

    /** The upper tail {@code Q(x) = P(Z > x) = Φ(−x)}, without cancellation for large x. */
    public static double upperTail(double x) {
        return cdf(-x);
    }

    /** {@code x + x³/3 + x⁵/15 + …} summed until the terms no longer change the sum. */
    private static double series(double x) {
        double term = x;
        double sum = x;
        double x2 = x * x;
        for (int k = 3; k < 1000; k += 2) {
            term *= x2 / k;
            double next = sum + term;
            if (next == sum) {
                break;
            }
            sum = next;
        }
        return sum;
    }

    /** {@code Q(x)} for {@code x ≥ 3} by the continued fraction, modified Lentz. */
    private static double tail(double x) {
        final double tiny = 1e-300;
        // Q(x) = φ(x) · 1/(x + 1/(x + 2/(x + 3/(x + ...))))
        double f = x;
        double c = x;
        double d = 0;
        for (int k = 1; k < 10_000; k++) {
            d = x + k * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = x + k / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return density(x) / f;
    }
}
