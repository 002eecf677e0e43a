package org.parley.analysis;

import java.util.Optional;

/**
 * Kalai–Smorodinsky solution: the frontier point closest to the KS line, on which every party gets the same share
 * of its possible gain. With {@code r_i = (u_i − d_i)/(ideal_i − d_i)}, where {@code ideal_i} is the largest
 * {@code u_i} over the frontier points with every {@code u_j ≥ d_j}, it is the argmin over those points of
 * {@code Σ_{j<k} |r_j − r_k|} (for two parties {@code |r_1 − r_2|}); ties go to the larger {@code min_i r_i}.
 * A party whose ideal equals its disagreement utility is left out.
 *
 * <p>This discrete reading reproduces the published reference values (e.g. ANAC 2012 Camera-B: KS (0.8394, 0.8184)
 * while the egalitarian point is (0.8207, 0.8907)); maximising {@code min_i r_i} instead would make KS equal to the
 * egalitarian point whenever every ideal is 1 and every {@code d_i} is 0.
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
        ParetoFrontier.Point best = null;
        double bestSpread = Double.POSITIVE_INFINITY;
        double bestMin = Double.NEGATIVE_INFINITY;
        for (ParetoFrontier.Point p : frontier.points()) {
            if (!BargainingSolution.individuallyRational(p, d)) {
                continue;
            }
            double[] r = new double[d.length];
            boolean[] used = new boolean[d.length];
            double min = Double.POSITIVE_INFINITY;
            for (int j = 0; j < d.length; j++) {
                double range = ideal[j] - d[j];
                used[j] = range > 0;
                if (used[j]) {
                    r[j] = (p.utilities()[j] - d[j]) / range;
                    min = Math.min(min, r[j]);
                }
            }
            double spread = 0;
            for (int j = 0; j < d.length; j++) {
                for (int k = j + 1; k < d.length; k++) {
                    if (used[j] && used[k]) {
                        spread += Math.abs(r[j] - r[k]);
                    }
                }
            }
            if (best == null || spread < bestSpread || (spread == bestSpread && min > bestMin)
                    || (spread == bestSpread && min == bestMin && p.welfare() > best.welfare())) {
                best = p;
                bestSpread = spread;
                bestMin = min;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public String name() {
        return "kalaiSmorodinsky";
    }
}
