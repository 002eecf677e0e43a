package org.parley.analysis;

import java.math.BigInteger;
import java.util.List;

/**
 * The exact Pareto frontier of an outcome space: the distinct Pareto-optimal utility vectors, each with one
 * representative outcome and the number of outcomes that map onto it.
 *
 * @param points           the frontier, sorted by the first party's utility descending (then the next, ...)
 * @param paretoOutcomes   how many outcomes are Pareto-optimal (the sum of the points' counts)
 */
public record ParetoFrontier(List<Point> points, BigInteger paretoOutcomes) {

    /**
     * One Pareto-optimal utility vector.
     *
     * @param utilities utilities in party order (undiscounted, capped at 1)
     * @param outcome   one outcome with these utilities (value indices)
     * @param count     how many outcomes have exactly these utilities
     */
    public record Point(double[] utilities, int[] outcome, BigInteger count) {

        public double utility(int party) {
            return utilities[party];
        }

        public double welfare() {
            double s = 0;
            for (double u : utilities) {
                s += u;
            }
            return s;
        }
    }

    public ParetoFrontier {
        points = List.copyOf(points);
    }

    public int size() {
        return points.size();
    }

    /** Number of parties. */
    public int parties() {
        return points.isEmpty() ? 0 : points.get(0).utilities().length;
    }
}
