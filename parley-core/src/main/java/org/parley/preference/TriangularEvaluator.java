package org.parley.preference;

import org.parley.domain.Issue;

/**
 * GENIUS triangular evaluator: 0 outside {@code [lower, upper]}, rising linearly to 1 at {@code top}, then falling
 * linearly back to 0 at {@code upper}.
 */
public record TriangularEvaluator(double lower, double upper, double top) implements Evaluator {

    public TriangularEvaluator {
        Evaluator.requireFinite("lower", lower);
        Evaluator.requireFinite("upper", upper);
        Evaluator.requireFinite("top", top);
        if (!(lower <= top && top <= upper)) {
            throw new IllegalArgumentException("a triangular evaluator needs lower ≤ top ≤ upper, got lower="
                    + lower + ", top=" + top + ", upper=" + upper);
        }
    }

    @Override
    public double evaluate(Issue issue, int valueIndex) {
        double x = issue.numericValue(valueIndex);
        if (x < lower || x > upper) {
            return 0;
        }
        if (x == top) {
            return 1;
        }
        if (x < top) {
            return (x - lower) / (top - lower);
        }
        return (upper - x) / (upper - top);
    }

    @Override
    public void checkFits(Issue issue) {
        if (!issue.isNumeric()) {
            throw new IllegalArgumentException("issue '" + issue.name() + "' is discrete, so it cannot have a "
                    + "triangular evaluator");
        }
    }
}
