package org.parley.analysis;

import java.util.Optional;
import org.parley.util.Tolerance;

/**
 * Kalai–Smorodinsky solution (Kalai &amp; Smorodinsky 1975), read on a finite frontier: the individually rational
 * Pareto point that maximises the smallest normalised gain
 * <pre>  min_i (u_i − d_i) / (ideal_i − d_i)</pre>
 * where {@code ideal_i} is the largest {@code u_i} over the Pareto points with every {@code u_j ≥ d_j} (the best
 * party i can get in any individually rational outcome). On a continuous frontier this is the point where every party
 * gets the same share of its possible gain; on a finite one it is the point whose worst-off party, in those shares,
 * is best off.
 *
 * <p>Degenerate parties: a party whose ideal is within 1e-9 of its disagreement utility gets {@code d_i} (up to
 * rounding) in every individually rational outcome, so it has no gain to share and is left out of the minimum. When
 * every party is degenerate there is one rational point, and it is the solution (score 0). Ties follow
 * {@link BargainingSolution}.
 *
 * <p>This is not GENIUS's "Kalai-Smorodinsky" point, which is the equal-utility point
 * ({@link GeniusKalaiSolution}); the two agree only when every ideal is 1, every {@code d_i} is 0 and the equal-utility
 * point happens to be the max-min point. Cost: {@code O(|F|·m)}.
 */
public final class KalaiSmorodinskySolution implements BargainingSolution {

    @Override
    public Optional<ParetoFrontier.Point> solve(ParetoFrontier frontier, double[] d) {
        double[] ideal = ideal(frontier, d);
        return BargainingSolution.argmax(frontier, p -> BargainingSolution.individuallyRational(p, d),
                p -> score(p, d, ideal));
    }

    /**
     * Each party's ideal: its largest utility over the individually rational frontier points ({@code -∞} when there
     * is none).
     */
    public static double[] ideal(ParetoFrontier frontier, double[] d) {
        double[] ideal = new double[d.length];
        java.util.Arrays.fill(ideal, Double.NEGATIVE_INFINITY);
        for (ParetoFrontier.Point p : frontier.points()) {
            if (BargainingSolution.individuallyRational(p, d)) {
                for (int j = 0; j < d.length; j++) {
                    ideal[j] = Math.max(ideal[j], p.utility(j));
                }
            }
        }
        return ideal;
    }

    /**
     * {@code min_i (u_i − d_i)/(ideal_i − d_i)} over the parties whose ideal exceeds {@code d_i} by more than 1e-9;
     * 0 when there is no such party.
     */
    public static double score(ParetoFrontier.Point p, double[] d, double[] ideal) {
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < d.length; j++) {
            double range = ideal[j] - d[j];
            if (range > 0 && !Tolerance.close(ideal[j], d[j])) {
                min = Math.min(min, (p.utility(j) - d[j]) / range);
            }
        }
        return min == Double.POSITIVE_INFINITY ? 0 : min;
    }

    @Override
    public String name() {
        return "kalaiSmorodinsky";
    }
}
