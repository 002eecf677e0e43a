package org.parley.preference;

import org.parley.domain.Issue;

/**
 * GENIUS real linear evaluator: {@code e(x) = clamp[0,1](parameter1·x + parameter0)}. Unlike the integer evaluator,
 * {@code x} is not shifted by the lower bound.
 */
public record RealLinearEvaluator(double parameter0, double parameter1) implements Evaluator {

    public RealLinearEvaluator {
        Evaluator.requireFinite("parameter0", parameter0);
        Evaluator.requireFinite("parameter1", parameter1);
    }

    @Override
    public double evaluate(Issue issue, int valueIndex) {
        return Evaluator.clamp01(parameter1 * issue.numericValue(valueIndex) + parameter0);
    }

    @Override
    public void checkFits(Issue issue) {
        if (!issue.isNumeric()) {
            throw new IllegalArgumentException("issue '" + issue.name() + "' is discrete, so it cannot have a "
                    + "linear evaluator");
        }
    }
}
