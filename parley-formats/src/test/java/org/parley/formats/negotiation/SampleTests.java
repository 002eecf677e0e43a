package org.parley.formats.negotiation;

/**
 * The two-sample tests the champion reference checks use to compare parley's runs with GENIUS's published
 * statistics (mean, standard deviation and count per case).
 *
 * <ul>
 *   <li>{@link #welch}: Welch's unequal-variance t-test on two means, two-sided, with the Welch–Satterthwaite degrees
 *       of freedom; the p-value comes from Student's t distribution through the regularised incomplete beta
 *       function, {@code P(|T| > t) = I_{df/(df+t²)}(df/2, 1/2)}.</li>
 *   <li>{@link #fisher}: Fisher's exact test on a 2×2 table (agreements and failures in two sets of runs),
 *       two-sided: the sum of the probabilities of every table with the same margins that is at most as likely as
 *       the observed one.</li>
 * </ul>
 */
final class SampleTests {

    private SampleTests() {
    }

    /** Two-sided p-value of Welch's t-test for means m1, m2 with standard deviations s1, s2 over n1, n2 runs. */
    static double welch(double m1, double s1, int n1, double m2, double s2, int n2) {
        double v1 = s1 * s1 / n1;
        double v2 = s2 * s2 / n2;
        double se = Math.sqrt(v1 + v2);
        if (se == 0) {
            return m1 == m2 ? 1 : 0;
        }
        double t = (m1 - m2) / se;
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        return studentTwoSided(t, df);
    }

    /** {@code P(|T| ≥ |t|)} for Student's t distribution with {@code df} degrees of freedom. */
    static double studentTwoSided(double t, double df) {
        return regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** Two-sided p-value of Fisher's exact test: {@code k1} successes in {@code n1} trials vs {@code k2} in n2. */
    static double fisher(int k1, int n1, int k2, int n2) {
        int successes = k1 + k2;
        int total = n1 + n2;
        double observed = hypergeometric(k1, n1, successes, total);
        double p = 0;
        for (int k = Math.max(0, successes - n2); k <= Math.min(n1, successes); k++) {
            double q = hypergeometric(k, n1, successes, total);
            if (q <= observed * (1 + 1e-7)) {
                p += q;
            }
        }
        return Math.min(1, p);
    }

    /** P(k successes among n1 draws) when {@code successes} of {@code total} items are successes. */
    private static double hypergeometric(int k, int n1, int successes, int total) {
        return Math.exp(logChoose(successes, k) + logChoose(total - successes, n1 - k) - logChoose(total, n1));
    }

    private static double logChoose(int n, int k) {
        return logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0);
    }

    /** ln Γ(x) for x &gt; 0 (Lanczos approximation, g = 7, 9 terms; relative error below 1e-13). */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        double z = x - 1;
        double a = c[0];
        double t = z + 7.5;
        for (int i = 1; i < 9; i++) {
            a += c[i] / (z + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
    }

    /** The regularised incomplete beta function I_x(a, b), by its continued fraction (modified Lentz). */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        if (x > (a + 1) / (a + b + 2)) {
            return 1 - front * continuedFraction(1 - x, b, a) / b;
        }
        return front * continuedFraction(x, a, b) / a;
    }

    private static double continuedFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double f = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double num = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + num * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + num / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            f *= d * c;
            num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + num * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + num / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = d * c;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-15) {
                break;
            }
        }
        return f;
    }
}
