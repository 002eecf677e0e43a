package org.parley.analysis;

import java.util.Optional;

/** Nash bargaining solution: argmax of {@code Π_i (u_i − d_i)} over frontier points with every {@code u_i ≥ d_i}. */
public final class NashSolution implements BargainingSolution {

    @Override
    public Optional<ParetoFrontier.Point> solve(ParetoFrontier frontier, double[] d) {
        return BargainingSolution.argmax(frontier, p -> BargainingSolution.individuallyRational(p, d), p -> {
            double product = 1;
            for (int j = 0; j < d.length; j++) {
                product *= p.utility(j) - d[j];
            }
            return product;
        });
    }

    @Override
    public String name() {
        return "nash";
    }
}
