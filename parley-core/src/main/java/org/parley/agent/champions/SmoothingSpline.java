package org.parley.agent.champions;

/**
 * A cubic smoothing spline in the Reinsch form with unit weights, computed exactly as TheFawkes's bundled spline
 * does it (the operation order matters: with a tiny smoothing parameter the factor μ is about 10^16).
 *
 * <p>Input: points x_0..x_n (not necessarily sorted), values y and the smoothing parameter ρ. With
 * μ = 2(1 − ρ)/(3ρ), h_i = x_{i+1} − x_i, r_i = 3/h_i, the banded system in q (u, v, w its diagonals) is solved by an
 * LDLᵀ sweep, and the pieces S_0..S_{n+1} (coefficients c0..c3 in the local variable z) are formed as in the
 * original, S_0 and S_{n+1} being the linear extrapolations. {@link #value} finds the piece by the original's
 * bisection and clamps the result to [0, 1] (NaN → 0, +∞ → 1).
 */
final class SmoothingSpline {

    private final double[] x;
    private final int n;
    /** Piece coefficients: piece m is (c0[m], c1[m], c2[m], c3[m]), m = 0..n+1. */
    private final double[] c0;
    private final double[] c1;
    private final double[] c2;
    private final double[] c3;

    SmoothingSpline(double[] x, double[] y, double rho) {
        this.x = x.clone();
        int points = x.length;
        this.n = points - 1;
        double[] h = new double[points];
        double[] r = new double[points];
        double[] u = new double[points];
        double[] v = new double[points];
        double[] w = new double[points];
        double[] q = new double[points + 1];
        double mu = 2 * (1 - rho) / (3 * rho);
        h[0] = x[1] - x[0];
        r[0] = 3 / h[0];
        for (int i = 1; i <= n - 1; i++) {
            h[i] = x[i + 1] - x[i];
            r[i] = 3 / h[i];
            q[i] = 3 * (y[i + 1] - y[i]) / h[i] - 3 * (y[i] - y[i - 1]) / h[i - 1];
        }
        for (int i = 1; i <= n - 1; i++) {
            u[i] = mu * (r[i - 1] * r[i - 1] + (r[i - 1] + r[i]) * (r[i - 1] + r[i]) + r[i] * r[i])
                    + 2 * (x[i + 1] - x[i - 1]);
            v[i] = mu * (-(r[i - 1] + r[i]) * r[i] - r[i] * (r[i] + r[i + 1])) + h[i];
            w[i] = mu * r[i] * r[i + 1];
        }
        u[0] = 0;
        v[1] /= u[1];
        w[1] /= u[1];
        for (int j = 2; j <= points - 2; j++) {
            u[j] = u[j] - u[j - 2] * w[j - 2] * w[j - 2] - u[j - 1] * v[j - 1] * v[j - 1];
            v[j] = (v[j] - u[j - 1] * v[j - 1] * w[j - 1]) / u[j];
            w[j] = w[j] / u[j];
        }
        q[1] = q[1] - v[0] * q[0];
        for (int j = 2; j <= points - 2; j++) {
            q[j] = q[j] - v[j - 1] * q[j - 1] - w[j - 2] * q[j - 2];
        }
        for (int j = 1; j <= points - 2; j++) {
            q[j] = q[j] / u[j];
        }
        q[points - 1] = 0;
        for (int j = points - 3; j >= 1; j--) {
            q[j] = q[j] - v[j] * q[j + 1] - w[j] * q[j + 2];
        }
        c0 = new double[n + 2];
        c1 = new double[n + 2];
        c2 = new double[n + 2];
        c3 = new double[n + 2];
        double a = y[0] - mu * r[0] * q[1];
        double b = y[1] - mu * ((-r[0] - r[1]) * q[1] + r[1] * q[2]);
        double slope = (b - a) / h[0] - q[1] * h[0] / 3;
        c0[0] = a;
        c1[0] = slope;
        c0[1] = a;
        c1[1] = slope;
        c3[1] = q[1] / (3 * h[0]);
        for (int j = 1; j <= n - 1; j++) {
            c0[j + 1] = y[j] - mu * (r[j - 1] * q[j - 1] + (-r[j - 1] - r[j]) * q[j] + r[j] * q[j + 1]);
            c1[j + 1] = (q[j] + q[j - 1]) * h[j - 1] + c1[j];
            c2[j + 1] = q[j];
            c3[j + 1] = (q[j + 1] - q[j]) / (3 * h[j]);
        }
        double z = x[n] - x[n - 1];
        c0[n + 1] = piece(n, z);
        c1[n + 1] = (3 * c3[n] * z + 2 * c2[n]) * z + c1[n];
    }

    private double piece(int m, double z) {
        return ((c3[m] * z + c2[m]) * z + c1[m]) * z + c0[m];
    }

    /** The spline at {@code z}, clamped to [0, 1]. */
    double value(double z) {
        int m;
        if (z > x[n]) {
            m = n + 1;
        } else {
            int j = n;
            int probe = 0;
            int lo = 0;
            while (lo + 1 != j) {
                if (z > x[probe]) {
                    lo = probe;
                } else {
                    j = probe;
                }
                probe = lo + (j - lo) / 2;
                if (j == 0) {
                    lo = lo - 1;
                }
            }
            m = lo + 1;
        }
        double s = m == 0 ? piece(0, z - x[0]) : piece(m, z - x[m - 1]);
        if (Double.isNaN(s) || s < 0) {
            return 0;
        }
        return s > 1 ? 1 : s;
    }
}
