package org.parley.analysis;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The exact Pareto frontier of an outcome space: the distinct Pareto-optimal utility vectors, each with one
 * representative outcome and the number of outcomes that map onto it.
 *
 * @param points           the frontier, sorted by the first party's utility descending (then the next, ...)
 * @param paretoOutcomes   how many outcomes are Pareto-optimal (the sum of the points' counts)
 */
public record ParetoFrontier(List<Point> points, BigInteger paretoOutcomes) {

    /**
     * One Pareto-optimal utility vector. Immutable: the arrays are copied in, and the array accessors return
     * copies; read single values with {@link #utility(int)} and {@link #value(int)} on hot paths. Equal points have
     * equal contents.
     *
     * @param utilities utilities in party order (undiscounted, capped at 1)
     * @param outcome   one outcome with these utilities (value indices)
     * @param count     how many outcomes have exactly these utilities
     */
    public record Point(double[] utilities, int[] outcome, BigInteger count) {

        public Point {
            utilities = utilities.clone();
            outcome = outcome.clone();
            Objects.requireNonNull(count, "count");
        }

        /** A copy of the utilities, in party order. */
        @Override
        public double[] utilities() {
            return utilities.clone();
        }

        /** A copy of the outcome (value indices, in issue order). */
        @Override
        public int[] outcome() {
            return outcome.clone();
        }

        /** The utility of {@code party}. */
        public double utility(int party) {
            return utilities[party];
        }

        /** The value index the outcome gives issue {@code issue}. */
        public int value(int issue) {
            return outcome[issue];
        }

        /** Number of parties. */
        public int parties() {
            return utilities.length;
        }

        public double welfare() {
            double s = 0;
            for (double u : utilities) {
                s += u;
            }
            return s;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Point p && Arrays.equals(p.utilities, utilities) && Arrays.equals(p.outcome, outcome)
                    && p.count.equals(count);
        }

        @Override
        public int hashCode() {
            return (Arrays.hashCode(utilities) * 31 + Arrays.hashCode(outcome)) * 31 + count.hashCode();
        }

        @Override
        public String toString() {
            return "Point[utilities=" + Arrays.toString(utilities) + ", outcome=" + Arrays.toString(outcome)
                    + ", count=" + count + "]";
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
        return points.isEmpty() ? 0 : points.get(0).parties();
    }
}
