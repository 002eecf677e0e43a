package org.parley.preference;

import org.parley.domain.Issue;

/**
 * Scores the values of one issue in {@code [0, 1]} (before the issue weight). The implementations follow GENIUS's
 * evaluators exactly ({@code genius-semantics.md} §2), plus GeniusWeb's number utilities.
 */
public sealed interface Evaluator permits DiscreteEvaluator, IntegerLinearEvaluator, RealLinearEvaluator,
        ConstantEvaluator, TriangularEvaluator, NumberLinearEvaluator {

    /** The evaluation of the value at {@code valueIndex} of {@code issue}. */
    double evaluate(Issue issue, int valueIndex);

    /** Checks that this evaluator can score {@code issue}; throws a clear error otherwise. */
    void checkFits(Issue issue);

    /** Clamps to [0, 1]; NaN stays NaN so that it is caught by validation. */
    static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }

    static void requireFinite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + v);
        }
    }
}
