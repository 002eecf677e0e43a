package org.parley.agent.champions;

/**
 * The forward discrete wavelet transform TheFawkes applies to its signal of opponent utilities: an 8-tap
 * Daubechies-type filter bank applied in place, level after level, with periodic wrap-around.
 *
 * <p>Low-pass taps a_j = c_j/√2 with c = (0.32580343, 1.01094572, 0.8922014, −0.03967503, −0.2645071, 0.0436163,
 * 0.0465036, −0.01498699); high-pass taps b_j = (−1)^j·a_{7−j}. With h = N: while h ≥ 8, the first h entries x become
 * out[i] = Σ_j x[(2i + j) mod h]·a_j and out[i + h/2] = Σ_j x[(2i + j) mod h]·b_j for i &lt; h/2 (sums in j order;
 * for odd h the last entry becomes 0), then h = h/2. Signals shorter than 8 are returned unchanged.
 */
final class FawkesWavelet {

    private static final double SQRT2 = 1.4142135623730951;
    private static final double[] C = {0.32580343, 1.01094572, 0.8922014, -0.03967503, -0.2645071, 0.0436163,
        0.0465036, -0.01498699};
    private static final double[] LOW = new double[8];
    private static final double[] HIGH = new double[8];

    static {
        for (int j = 0; j < 8; j++) {
            LOW[j] = C[j] / SQRT2;
        }
        for (int j = 0; j < 8; j++) {
            HIGH[j] = (j % 2 == 0 ? 1 : -1) * LOW[7 - j];
        }
    }

    private FawkesWavelet() {
    }

    /** The transform of {@code signal} (a new array). */
    static double[] forward(double[] signal) {
        double[] x = signal.clone();
        int h = x.length;
        while (h >= 8) {
            int half = h / 2;
            double[] out = new double[h];
            for (int i = 0; i < half; i++) {
                for (int j = 0; j < 8; j++) {
                    int k = (2 * i + j) % h;
                    out[i] += x[k] * LOW[j];
                    out[i + half] += x[k] * HIGH[j];
                }
            }
            System.arraycopy(out, 0, x, 0, h);
            h = h / 2;
        }
        return x;
    }
}
