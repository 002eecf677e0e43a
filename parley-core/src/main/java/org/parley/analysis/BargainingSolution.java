package org.parley.analysis;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * A point of the Pareto frontier chosen by a bargaining rule, given each party's disagreement utility
 * {@code d_i} (its reservation value).
 *
 * <p>Scores are compared exactly, as GENIUS and the reference implementations do (so 1.735 beats
 * 1.7349999999999999). Exact ties go to the point with the larger sum of utilities, then to the one that comes
 * first in the frontier's order (higher utility for the first party).
 */
public interface BargainingSolution {

    /** The chosen point, or empty when no frontier point qualifies. */
    Optional<ParetoFrontier.Point> solve(ParetoFrontier frontier, double[] disagreement);

    /** The rule's name, as used in reports and JSON. */
    String name();

    /** True when every utility is at least the disagreement utility. */
    static boolean individuallyRational(ParetoFrontier.Point p, double[] d) {
        for (int j = 0; j < d.length; j++) {
            if (p.utilities()[j] < d[j]) {
                return false;
            }
        }
        return true;
    }

    /** Picks the point of maximal score among those accepted, with the documented tie-breaking. */
    static Optional<ParetoFrontier.Point> argmax(ParetoFrontier frontier, Predicate<ParetoFrontier.Point> accept,
            ToDoubleFunction<ParetoFrontier.Point> score) {
        ParetoFrontier.Point best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (ParetoFrontier.Point p : frontier.points()) {
            if (!accept.test(p)) {
                continue;
            }
            double s = score.applyAsDouble(p);
            boolean better = best == null || s > bestScore;
            boolean tieButRicher = best != null && s == bestScore && p.welfare() > best.welfare();
            if (better || tieButRicher) {
                best = p;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }
}
