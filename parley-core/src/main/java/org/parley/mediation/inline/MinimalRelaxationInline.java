package org.parley.mediation.inline;

import java.util.List;
import java.util.OptionalDouble;
import org.parley.analysis.ParetoFrontier;

/**
 * "What would it take": how far one party's reservation level must fall to open the agreement zone. Switch to
 * {@code org.parley.methods.MinimalRelaxation} when it lands.
 */
public final class MinimalRelaxationInline {

    private MinimalRelaxationInline() {
    }

    /**
     * The best utility party {@code p} can get while every other party keeps its reservation level: its
     * reservation must come down to this for the zone to open. Empty when no point satisfies the others. The maximum
     * is attained on the Pareto frontier, so its points suffice.
     */
    public static OptionalDouble bestGivenOthers(int p, List<ParetoFrontier.Point> frontier, double[] reservation) {
        double best = Double.NEGATIVE_INFINITY;
        boolean found = false;
        for (ParetoFrontier.Point pt : frontier) {
            boolean ok = true;
            for (int j = 0; j < reservation.length; j++) {
                ok &= j == p || pt.utilities()[j] >= reservation[j];
            }
            if (ok) {
                found = true;
                best = Math.max(best, pt.utilities()[p]);
            }
        }
        return found ? OptionalDouble.of(best) : OptionalDouble.empty();
    }
}
