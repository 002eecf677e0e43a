package org.parley.preference;

import org.parley.domain.IntegerIssue;
import org.parley.domain.Issue;

/** GENIUS integer evaluator: {@code e(x) = clamp[0,1](slope·(x − lowerBound) + offset)}. */
public record IntegerLinearEvaluator(double slope, double offset) implements Evaluator {

    public IntegerLinearEvaluator {
        Evaluator.requireFinite("slope", slope);
        Evaluator.requireFinite("offset", offset);
    }

    @Override
    public double evaluate(Issue issue, int valueIndex) {
        IntegerIssue ii = (IntegerIssue) issue;
        return Evaluator.clamp01(slope * (ii.value(valueIndex) - ii.lowerBound()) + offset);
    }

    @Override
    public void checkFits(Issue issue) {
        if (!(issue instanceof IntegerIssue)) {
            throw new IllegalArgumentException("issue '" + issue.name() + "' is not an integer issue, so it cannot "
                    + "have an integer linear evaluator");
        }
    }
}
