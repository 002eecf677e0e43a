package org.parley.analysis;

import java.util.Optional;

/**
 * Kalai–Smorodinsky solution: among frontier points with every {@code u_i ≥ d_i}, the argmax of
 * {@code min_i (u_i − d_i)/(ideal_i − d_i)}, where {@code ideal_i} is the largest {@code u_i} over those points.
 * A party whose ideal equals its disagreement utility is left out of the minimum.
 */
public final class KalaiSmorodinskySolution implements BargainingSolution {

    @Override
    public Optional<ParetoFrontier.Point> solve(ParetoFrontier frontier, double[] d) {
        double[] ideal = new double[d.length];
        java.util.Arrays.fill(ideal, Double.NEGATIVE_INFINITY);
        for (ParetoFrontier.Point p : frontier.points()) {
            if (BargainingSolution.individuallyRational(p, d)) {
                for (int j = 0; j < d.length; j++) {
                    ideal[j] = Math.max(ideal[j], p.utilities()[j]);
                }
            }
        }
        return BargainingSolution.argmax(frontier, p -> BargainingSolution.individuallyRational(p, d), p -> {
            double min = Double.POSITIVE_INFINITY;
            for (int j = 0; j < d.length; j++) {
                double range = ideal[j] - d[j];
                if (range > 0) {
                    min = Math.min(min, (p.utilities()[j] - d[j]) / range);
                }
            }
            return min == Double.POSITIVE_INFINITY ? 0 : min;
        });
    }

    @Override
    public String name() {
        return "kalaiSmorodinsky";
    }
}
