package org.parley.measures;

import org.parley.stats.KendallTau;
import org.parley.stats.PearsonCorrelation;

/**
 * How well estimated utilities match true ones over a set of outcomes, at one moment: the Pearson correlation, the
 * Kendall τ_b rank correlation and the mean absolute error {@code (1/N)·Σ|û(ω) − u(ω)|} (Baarslag et al. 2013,
 * "Predicting the performance of opponent models in automated negotiation", use these to judge opponent models).
 * A correlation is NaN when either side is constant (e.g. a model that has seen no bid); everything is NaN when
 * the model gave no estimate (NaN or infinite for some outcome).
 *
 * @param time    normalised time of the measurement
 * @param pearson Pearson's r, or NaN
 * @param kendall Kendall's τ_b, or NaN
 * @param mae     mean absolute error, or NaN
 */
public record ModelAccuracy(double time, double pearson, double kendall, double mae) {

    /** The accuracy of {@code estimated} against {@code truth} (same length, outcome by outcome) at {@code time}. */
    public static ModelAccuracy of(double time, double[] estimated, double[] truth) {
        return of(time, estimated, truth, null);
    }

    /**
     * As {@link #of(double, double[], double[])}, with {@code truth}'s Kendall τ_b prepared ({@code kendall},
     * {@link KendallTau#against} of {@code truth}; null to compute it from {@code truth}).
     */
    static ModelAccuracy of(double time, double[] estimated, double[] truth, KendallTau.Against kendall) {
        if (estimated.length != truth.length) {
            throw new IllegalArgumentException(estimated.length + " estimates for " + truth.length
                    + " true utilities; they must match");
        }
        double sum = 0;
        for (int i = 0; i < estimated.length; i++) {
            if (!Double.isFinite(estimated[i])) {
                return new ModelAccuracy(time, Double.NaN, Double.NaN, Double.NaN);
            }
            sum += Math.abs(estimated[i] - truth[i]);
        }
        if (estimated.length == 0) {
            return new ModelAccuracy(time, Double.NaN, Double.NaN, Double.NaN);
        }
        return new ModelAccuracy(time, PearsonCorrelation.of(estimated, truth), kendall == null ? KendallTau.of(estimated, truth) : kendall.of(estimated),
                sum / estimated.length);
    }
}
