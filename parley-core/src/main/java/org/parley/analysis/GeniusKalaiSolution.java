package org.parley.analysis;

import java.util.Optional;

/**
 * GENIUS's "Kalai-Smorodinsky" point, which is the equal-utility point, for comparing with GENIUS logs: the Pareto
 * point that minimises the spread {@code Σ_{j<k} |u_j − u_k|} (for two parties {@code |u_1 − u_2|}), as GENIUS 9.1.10's
 * BidSpace computes it:
 * <ul>
 * <li>over the whole frontier: reservation values play no part (a point below a party's reservation value can be
 * chosen);</li>
 * <li>only points with a spread below 2 qualify (GENIUS starts its running minimum at 2 and keeps strict
 * improvements), so with four or more parties, where spreads can exceed 2, there may be no point (null);</li>
 * <li>ties: GENIUS keeps the first strict improvement in its frontier order (first party's utility ascending), so an
 * exact tie goes to the smaller first-party utility, and rounding decides near-ties. parley uses its one rule
 * ({@link BargainingSolution}): spreads within 1e-9 tie, then the larger sum of utilities, then the smaller utility
 * of the first party, then of the second, ... The two differ only when spreads tie within 1e-9 and the sums of
 * utilities differ by more than 1e-9.</li>
 * </ul>
 * It equals the Kalai–Smorodinsky point ({@link KalaiSmorodinskySolution}) only when every ideal is 1 and every
 * disagreement utility 0, and the equal-utility point is also the max-min point. Cost: {@code O(|F|·m²)}.
 */
public final class GeniusKalaiSolution implements BargainingSolution {

    /** GENIUS's starting value of the running minimum: only spreads below it qualify. */
    public static final double START = 2;

    @Override
    public Optional<ParetoFrontier.Point> solve(ParetoFrontier frontier, double[] d) {
        return BargainingSolution.argmax(frontier, p -> spread(p) < START, p -> -spread(p));
    }

    /** {@code Σ_{j<k} |u_j − u_k|}. */
    public static double spread(ParetoFrontier.Point p) {
        int m = p.utilities().length;
        double s = 0;
        for (int j = 0; j < m; j++) {
            for (int k = j + 1; k < m; k++) {
                s += Math.abs(p.utility(j) - p.utility(k));
            }
        }
        return s;
    }

    @Override
    public String name() {
        return "geniusKalai";
    }
}
