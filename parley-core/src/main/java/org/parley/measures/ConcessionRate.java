package org.parley.measures;

import org.parley.analysis.ParetoFrontier;
import org.parley.util.Tolerance;

/**
 * The concession rate of Baarslag, Hindriks &amp; Jonker (2011, "Towards a quantitative concession-based
 * classification method of negotiation strategies"): how far an agent came towards its opponent, as a share of the
 * way from its own best outcome to the opponent's. With {@code MDU} the minimum demanded utility (the lowest own
 * utility among its offers), {@code FYU} the full-yield utility (its utility of the outcome best for the opponent)
 * and {@code max} its best utility:
 * {@code CR = (max − MDU)/(max − FYU)} when {@code MDU ≥ FYU}, else 1. 0 is a hardliner, 1 conceded everything. The
 * paper normalises utilities so that {@code max = 1}; parley uses the party's best utility in the space.
 *
 * <p>The outcome best for the opponent is read off the exact Pareto frontier: the frontier point with the highest
 * opponent utility (in sessions of more than two parties, the highest mean utility of the others), the one best for
 * the agent among equals. CR is undefined (NaN) when {@code max = FYU} (nothing to concede).
 */
public final class ConcessionRate {

    private ConcessionRate() {
    }

    /** CR of party {@code party} whose lowest offered utility is {@code minDemanded}, on {@code frontier}. */
    public static double of(ParetoFrontier frontier, int party, double minDemanded) {
        double max = Double.NEGATIVE_INFINITY;
        double bestOthers = Double.NEGATIVE_INFINITY;
        double fullYield = Double.NaN;
        for (ParetoFrontier.Point p : frontier.points()) {
            double u = p.utility(party);
            max = Math.max(max, u);
            double others = others(p.utilities(), party);
            int c = Tolerance.compare(others, bestOthers);
            if (c > 0 || c == 0 && u > fullYield) {
                bestOthers = Math.max(others, bestOthers);
                fullYield = u;
            }
        }
        return of(max, fullYield, minDemanded);
    }

    /** The formula: {@code (max − mdu)/(max − fyu)}, 1 below the full yield, NaN when {@code max = fyu}. */
    public static double of(double max, double fullYield, double minDemanded) {
        if (Double.isNaN(fullYield) || Double.isNaN(minDemanded) || Tolerance.close(max, fullYield)) {
            return Double.NaN;
        }
        if (minDemanded < fullYield && !Tolerance.close(minDemanded, fullYield)) {
            return 1;
        }
        return Math.max(0, Math.min(1, (max - minDemanded) / (max - fullYield)));
    }

    /** The mean of every utility but {@code party}'s. */
    static double others(double[] u, int party) {
        double s = 0;
        for (int j = 0; j < u.length; j++) {
            s += j == party ? 0 : u[j];
        }
        return s / (u.length - 1);
    }
}
