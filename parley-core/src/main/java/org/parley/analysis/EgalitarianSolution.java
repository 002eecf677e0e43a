package org.parley.analysis;

import java.util.Optional;

/** Egalitarian solution: argmax of {@code min_i (u_i − d_i)} over frontier points with every {@code u_i ≥ d_i}. */
public final class EgalitarianSolution implements BargainingSolution {

    @Override
    public Optional<ParetoFrontier.Point> solve(ParetoFrontier frontier, double[] d) {
        return BargainingSolution.argmax(frontier, p -> BargainingSolution.individuallyRational(p, d), p -> {
            double min = Double.POSITIVE_INFINITY;
            for (int j = 0; j < d.length; j++) {
                min = Math.min(min, p.utility(j) - d[j]);
            }
            return min;
        });
    }

    @Override
    public String name() {
        return "egalitarian";
    }
}
