package org.parley.analysis;

import java.util.Optional;

/**
 * Utilitarian point: argmax of {@code Σ_i u_i} over all outcomes (reservation values play no part). A maximiser is
 * always Pareto-optimal, so the frontier suffices.
 */
public final class MaxWelfareSolution implements BargainingSolution {

    @Override
    public Optional<ParetoFrontier.Point> solve(ParetoFrontier frontier, double[] d) {
        return BargainingSolution.argmax(frontier, p -> true, ParetoFrontier.Point::welfare);
    }

    @Override
    public String name() {
        return "maxWelfare";
    }
}
