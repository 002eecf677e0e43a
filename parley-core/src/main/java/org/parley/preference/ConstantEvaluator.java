package org.parley.preference;

import org.parley.domain.Issue;

/** GENIUS constant evaluator: every value scores {@code value} (GENIUS does not clamp it). */
public record ConstantEvaluator(double value) implements Evaluator {

    public ConstantEvaluator {
        Evaluator.requireFinite("constant evaluation", value);
    }

    @Override
    public double evaluate(Issue issue, int valueIndex) {
        return value;
    }

    @Override
    public void checkFits(Issue issue) {
        // any issue
    }
}
