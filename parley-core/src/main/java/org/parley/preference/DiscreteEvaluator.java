package org.parley.preference;

import java.util.Collections;
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
 *
 * <p>An immutable value (equal when the table and the flag are equal). It is a class rather than a record so that
 * the table's maximum is computed once, when it is built: scoring one value is a map lookup, and scoring every value
 * of an issue with {@code k} values costs {@code O(k)}, not {@code O(k²)}.
 */
public final class DiscreteEvaluator implements Evaluator {

    private final Map<String, Double> evaluations;
    private final boolean normalizeByMax;
    private final double maxEvaluation;

    /**
     * A table of raw evaluations ({@code value name → evaluation ≥ 0}, at most 1 without normalisation).
     *
     * @throws IllegalArgumentException naming the value whose evaluation is not finite, negative or above 1
     */
    public DiscreteEvaluator(Map<String, Double> evaluations, boolean normalizeByMax) {
        Map<String, Double> copy = new LinkedHashMap<>();
        double max = 0;
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
            max = Math.max(max, v);
        }
        this.evaluations = Collections.unmodifiableMap(copy);
        this.normalizeByMax = normalizeByMax;
        this.maxEvaluation = max;
    }

    /** The raw evaluations by value name, in the order given (unmodifiable). */
    public Map<String, Double> evaluations() {
        return evaluations;
    }

    /** Whether evaluations are divided by their maximum (GENIUS) or used as they are (GeniusWeb). */
    public boolean normalizeByMax() {
        return normalizeByMax;
    }

    /** The largest raw evaluation (0 for an empty table). */
    public double maxEvaluation() {
        return maxEvaluation;
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
        return maxEvaluation < 1e-5 ? 0 : raw / maxEvaluation;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof DiscreteEvaluator d && d.normalizeByMax == normalizeByMax
                && d.evaluations.equals(evaluations);
    }

    @Override
    public int hashCode() {
        return evaluations.hashCode() * 31 + Boolean.hashCode(normalizeByMax);
    }

    @Override
    public String toString() {
        return "DiscreteEvaluator[evaluations=" + evaluations + ", normalizeByMax=" + normalizeByMax + "]";
    }
}
