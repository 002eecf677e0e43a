package org.parley.preference;

import java.util.Arrays;
import java.util.List;
import org.parley.domain.Domain;

/**
 * Linear additive utility with GENIUS semantics: {@code U(ω) = min(1, Σ_i w_i · e_i(ω_i))}. Weights are used exactly
 * as given (no renormalisation); the total is capped at 1 but never floored.
 *
 * <p>Every {@code w_i · e_i(v)} is computed once, when the utility is built: evaluating an outcome costs one table
 * lookup and one addition per issue. The sum runs in issue order starting from 0.0, and the analysis code sums
 * partial utilities in that same order, so both give bit-identical results.
 */
public final class AdditiveUtility implements UtilityFunction {

    private final Domain domain;
    private final double[] weights;
    private final List<Evaluator> evaluators;
    private final double[][] contributions;

    public AdditiveUtility(Domain domain, double[] weights, List<Evaluator> evaluators) {
        this.domain = domain;
        int n = domain.issueCount();
        if (weights.length != n || evaluators.size() != n) {
            throw new IllegalArgumentException("domain '" + domain.name() + "' has " + n + " issues but "
                    + weights.length + " weights and " + evaluators.size() + " evaluators were given");
        }
        this.weights = weights.clone();
        this.evaluators = List.copyOf(evaluators);
        this.contributions = new double[n][];
        for (int i = 0; i < n; i++) {
            String issue = domain.issue(i).name();
            double w = weights[i];
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("the weight of issue '" + issue + "' is " + w
                        + "; weights must be finite numbers");
            }
            if (w < 0) {
                throw new IllegalArgumentException("the weight of issue '" + issue + "' is negative (" + w + ")");
            }
            Evaluator e = this.evaluators.get(i);
            e.checkFits(domain.issue(i));
            double[] row = new double[domain.issue(i).size()];
            for (int v = 0; v < row.length; v++) {
                double ev = e.evaluate(domain.issue(i), v);
                if (!Double.isFinite(ev)) {
                    throw new IllegalArgumentException("issue '" + issue + "' evaluates value '"
                            + domain.issue(i).label(v) + "' to " + ev);
                }
                row[v] = w * ev;
            }
            contributions[i] = row;
        }
    }

    @Override
    public Domain domain() {
        return domain;
    }

    public double weight(int issue) {
        return weights[issue];
    }

    public double[] weights() {
        return weights.clone();
    }

    public Evaluator evaluator(int issue) {
        return evaluators.get(issue);
    }

    public List<Evaluator> evaluators() {
        return evaluators;
    }

    /** {@code w_i · e_i(v)}: what value {@code v} of issue {@code issue} adds to the (uncapped) sum. */
    public double contribution(int issue, int value) {
        return contributions[issue][value];
    }

    /** The uncapped sum {@code Σ_i w_i · e_i(ω_i)}. */
    public double rawUtility(int[] outcome) {
        double s = 0.0;
        for (int i = 0; i < contributions.length; i++) {
            s += contributions[i][outcome[i]];
        }
        return s;
    }

    @Override
    public double utility(int[] outcome) {
        return Math.min(1.0, rawUtility(outcome));
    }

    /** The largest uncapped sum over all outcomes (sum of per-issue maxima). */
    public double maxRawUtility() {
        double s = 0.0;
        for (double[] row : contributions) {
            s += Arrays.stream(row).max().orElse(0);
        }
        return s;
    }

    /** The smallest uncapped sum over all outcomes (sum of per-issue minima). */
    public double minRawUtility() {
        double s = 0.0;
        for (double[] row : contributions) {
            s += Arrays.stream(row).min().orElse(0);
        }
        return s;
    }

    /** An outcome of maximal utility (per issue, the first value with the largest contribution). */
    public int[] bestOutcome() {
        int[] best = new int[contributions.length];
        for (int i = 0; i < contributions.length; i++) {
            for (int v = 1; v < contributions[i].length; v++) {
                if (contributions[i][v] > contributions[i][best[i]]) {
                    best[i] = v;
                }
            }
        }
        return best;
    }

    /** An outcome of minimal utility. */
    public int[] worstOutcome() {
        int[] worst = new int[contributions.length];
        for (int i = 0; i < contributions.length; i++) {
            for (int v = 1; v < contributions[i].length; v++) {
                if (contributions[i][v] < contributions[i][worst[i]]) {
                    worst[i] = v;
                }
            }
        }
        return worst;
    }
}
