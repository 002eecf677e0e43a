package org.parley.mediation.inline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.analysis.ParetoFrontier;

/**
 * Post-settlement settlement (Raiffa 1985) ranked by the minimum gain (Thiessen's MMG), negotiation-methods §4–§5.
 * Switch to {@code org.parley.methods.PostSettlement} when it lands.
 */
public final class PostSettlementInline {

    /** Tolerance for "at least as well off". */
    public static final double TOLERANCE = 1e-9;

    private PostSettlementInline() {
    }

    /** {@code min_P (U_P(x) − U_P(b))}. */
    public static double minGain(double[] u, double[] baseline) {
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < u.length; j++) {
            min = Math.min(min, u[j] - baseline[j]);
        }
        return min;
    }

    /**
     * The candidates that leave every party at least as well off as the baseline and one strictly better, best
     * minimum gain first, then the larger sum of utilities. The MMG point is Pareto-optimal, so frontier points
     * suffice as candidates for the first entry.
     */
    public static List<ParetoFrontier.Point> improvements(List<ParetoFrontier.Point> candidates, double[] baseline) {
        List<ParetoFrontier.Point> out = new ArrayList<>();
        for (ParetoFrontier.Point p : candidates) {
            boolean atLeast = true;
            boolean better = false;
            for (int j = 0; j < baseline.length; j++) {
                atLeast &= p.utilities()[j] >= baseline[j] - TOLERANCE;
                better |= p.utilities()[j] > baseline[j] + TOLERANCE;
            }
            if (atLeast && better) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparingDouble((ParetoFrontier.Point p) -> -minGain(p.utilities(), baseline))
                .thenComparingDouble(p -> -p.welfare()));
        return out;
    }
}
