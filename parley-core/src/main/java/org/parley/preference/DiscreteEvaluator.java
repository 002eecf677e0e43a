package org.parley.preference;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Issue;

/**
 * Scores named values from a table of raw evaluations.
 *
 * <p>With {@code normalizeByMax} (GENIUS): {@code e(v) = x(v) / max x}, and 0 when {@code max x < 1e-5}; the worst
 * value usually scores above 0. Without it (GeniusWeb): {@code e(v) = x(v)}, which must then lie in [0, 1].
 * Values of the issue missing from the table score 0, as in GENIUS.
 */
public record DiscreteEvaluator(Map<String, Double> evaluations, boolean normalizeByMax) implements Evaluator {

    public DiscreteEvaluator {
        Map<String, Double> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : evaluations.entrySet()) {
            double v = e.getValue() == null ? Double.NaN : e.getValue();
            Evaluator.requireFinite("the evaluation of value '" + e.getKey() + "'", v);
            if (v < 0) {
                throw new IllegalArgumentException("the evaluation of value '" + e.getKey()
                        + "' is negative (" + v + "); evaluations must be ≥ 0");
            }
            if (!normalizeByMax && v > 1) {
                throw new IllegalArgumentException("the utility of value '" + e.getKey() + "' is " + v
                        + "; utilities must lie in [0, 1]");
            }
            copy.put(e.getKey(), v);
        }
        evaluations = java.util.Collections.unmodifiableMap(copy);
    }

    /** The largest raw evaluation (0 for an empty table). */
    public double maxEvaluation() {
        double max = 0;
        for (double v : evaluations.values()) {
            max = Math.max(max, v);
        }
        return max;
    }

    @Override
    public double evaluate(Issue issue, int valueIndex) {
        Double raw = evaluations.get(issue.label(valueIndex));
        if (raw == null) {
            return 0;
        }
        if (!normalizeByMax) {
            return raw;
        }
        double max = maxEvaluation();
        return max < 1e-5 ? 0 : raw / max;
    }

    @Override
    public void checkFits(Issue issue) {
        if (!(issue instanceof DiscreteIssue)) {
            throw new IllegalArgumentException("issue '" + issue.name() + "' is not discrete, so it cannot have "
                    + "a table of value evaluations");
        }
        for (String v : evaluations.keySet()) {
            if (issue.indexOf(v) < 0) {
                throw new IllegalArgumentException("issue '" + issue.name() + "' has no value '" + v + "'");
            }
        }
    }
}
