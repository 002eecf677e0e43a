package org.parley.analysis;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.parley.util.TieRule;

/**
 * A point of the Pareto frontier chosen by a bargaining rule, given each party's disagreement utility
 * {@code d_i} (its reservation value).
 *
 * <p>The point is chosen by {@link TieRule}, as every choice by a score in parley: scores within 1e-9 are ties,
 * which go to the larger sum of utilities, then to the smaller utility of the first party (then of the second, ...).
 * So rounding never decides (1.735 and 1.7349999999999999 are the same welfare).
 */
public interface BargainingSolution {

    /** The chosen point, or empty when no frontier point qualifies. */
    Optional<ParetoFrontier.Point> solve(ParetoFrontier frontier, double[] disagreement);

    /** The rule's name, as used in reports and JSON. */
    String name();

    /** True when every utility is at least the disagreement utility. */
    static boolean individuallyRational(ParetoFrontier.Point p, double[] d) {
        for (int j = 0; j < d.length; j++) {
            if (p.utility(j) < d[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Picks the point of maximal score among those accepted, by {@link TieRule} (scores within 1e-9 tie; then
     * larger welfare; then smaller utilities in party order).
     */
    static Optional<ParetoFrontier.Point> argmax(ParetoFrontier frontier, Predicate<ParetoFrontier.Point> accept,
            ToDoubleFunction<ParetoFrontier.Point> score) {
        return TieRule.best(frontier.points().stream().filter(accept).toList(), score,
                ParetoFrontier.Point::utilities);
    }
}
