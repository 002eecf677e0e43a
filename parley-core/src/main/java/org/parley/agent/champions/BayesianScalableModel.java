package org.parley.agent.champions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.domain.DiscreteIssue;
import org.parley.domain.Domain;
import org.parley.domain.Issue;

/**
 * GENIUS's scalable Bayesian opponent model (Hindriks and Tykhonov), as Nice Tit for Tat uses it: per issue a
 * distribution over 11 weight hypotheses and over evaluation-function hypotheses, updated by Bayes' rule with a
 * Gaussian likelihood of the opponent conceding slowly.
 *
 * <ul>
 *   <li>Weights w_h = h/10 (h = 0..10), prior ∝ (1 − (h+1)/11)³. Evaluations: for a discrete issue with m values,
 *       "uphill" 1000j + 1, "downhill" 1000(m − j − 1) + 1 and for m &gt; 2 triangles peaking at q = 1..m−2
 *       (⌊1000j/q⌋ below the peak, ⌊1000(m − j − 1)/(m − q − 1)⌋ + 1 from it), each divided by its own maximum,
 *       uniform prior. A numeric issue [lb, ub] gets 6: uphill, downhill and triangles peaking at lb + q(ub − lb)/5,
 *       q = 1..4.</li>
 *   <li>E_w(i) = Σ P(h)·w_h, E_e(ω, i) = Σ P(g)·e_g(ω_i); raw estimate Σ_i E_w(i)·E_e(ω, i), normalised to
 *       (raw − lo)/(hi − lo) with lo = min(1, min over all outcomes) and hi = max(0, max over all outcomes) (per
 *       issue minima and maxima, which give exactly the extreme sums). A NaN estimate marks the model crashed: it
 *       then stops learning and estimates 0.</li>
 *   <li>Update with bid x (a bid seen before is ignored): from the second bid on, each issue's weight
 *       hypotheses, using the old distributions everywhere: u_h = w_h·E_e(x, j) + Σ_{i≠j} E_w(i)·E_e(x, i),
 *       P′(h) ∝ P(h)·L(u_h); then every issue's evaluation hypotheses with the new weights:
 *       u_g = Σ_{k≠i} E_w(k)·E_e(x, k) + E_w(i)·e_g(x_i). L(u) is the normal density of (prev − u)/prev with σ =
 *       0.25, where prev (the opponent's assumed own utility) starts at 1 and drops 0.003 per update.</li>
 * </ul>
 * With {@code genius}, integer issues get no hypotheses, as in the original (every estimate then fails; the
 * agent reproduces that failure); otherwise they are modelled like real issues.
 */
final class BayesianScalableModel {

    private static final double SIGMA = 0.25;

    private final Domain domain;
    private final int n;
    /** Per issue: the weight hypotheses' probabilities. */
    private final double[][] weightP;
    private final double[] weightValue;
    /** Per issue: hypothesis × value index → evaluation. */
    private final double[][][] evaluation;
    private final double[][] evaluationP;
    private final double[] expectedWeight;
    /** Per issue: value index → E_e, refreshed after every update. */
    private final double[][] expectedEvaluation;
    private final Set<List<Integer>> given = new HashSet<>();
    private double previous = 1.0;
    private double lo;
    private double hi;
    private boolean crashed;
    private final boolean missingHypotheses;

    BayesianScalableModel(Domain domain, boolean genius) {
        this.domain = domain;
        this.n = domain.issueCount();
        weightValue = new double[11];
        double[] prior = new double[11];
        double sum = 0;
        for (int h = 0; h <= 10; h++) {
            weightValue[h] = h / 10.0;
            double a = 1 - (h + 1) / 11.0;
            prior[h] = a * a * a;
            sum += prior[h];
        }
        for (int h = 0; h <= 10; h++) {
            prior[h] = prior[h] / sum;
        }
        weightP = new double[n][];
        evaluation = new double[n][][];
        evaluationP = new double[n][];
        expectedWeight = new double[n];
        expectedEvaluation = new double[n][];
        boolean missing = false;
        for (int i = 0; i < n; i++) {
            weightP[i] = prior.clone();
            Issue issue = domain.issue(i);
            if (issue instanceof DiscreteIssue) {
                evaluation[i] = discreteHypotheses(issue.size());
            } else if (genius && !(issue instanceof org.parley.domain.RealIssue)) {
                missing = true;
                evaluation[i] = new double[0][];
            } else {
                evaluation[i] = numericHypotheses(issue);
            }
            int g = evaluation[i].length;
            evaluationP[i] = new double[g];
            for (int k = 0; k < g; k++) {
                evaluationP[i][k] = 1.0 / g;
            }
            expectedEvaluation[i] = new double[issue.size()];
        }
        missingHypotheses = missing;
        refresh();
    }

    private static double[][] discreteHypotheses(int m) {
        List<int[]> raw = new ArrayList<>();
        int[] up = new int[m];
        int[] down = new int[m];
        for (int j = 0; j < m; j++) {
            up[j] = 1000 * j + 1;
            down[j] = 1000 * (m - j - 1) + 1;
        }
        raw.add(up);
        raw.add(down);
        if (m > 2) {
            for (int q = 1; q <= m - 2; q++) {
                int[] tri = new int[m];
                for (int j = 0; j < m; j++) {
                    tri[j] = j < q ? 1000 * j / q : 1000 * (m - j - 1) / (m - q - 1) + 1;
                }
                raw.add(tri);
            }
        }
        double[][] out = new double[raw.size()][];
        for (int k = 0; k < out.length; k++) {
            int max = 0;
            for (int v : raw.get(k)) {
                max = Math.max(max, v);
            }
            out[k] = new double[m];
            for (int j = 0; j < m; j++) {
                out[k][j] = (double) raw.get(k)[j] / max;
            }
        }
        return out;
    }

    private static double[][] numericHypotheses(Issue issue) {
        int size = issue.size();
        double lb = issue.numericValue(0);
        double ub = issue.numericValue(size - 1);
        double[][] out = new double[6][size];
        for (int v = 0; v < size; v++) {
            double x = issue.numericValue(v);
            if (ub == lb) {
                for (int k = 0; k < 6; k++) {
                    out[k][v] = 1;
                }
                continue;
            }
            double slope = 1 / (ub - lb);
            out[0][v] = clamp(slope * x + -lb * slope);
            out[1][v] = clamp(-slope * x + (1 + lb * slope));
            for (int q = 1; q <= 4; q++) {
                double top = lb + q * (ub - lb) / 5;
                double e;
                if (x < lb || x >= ub) {
                    e = 0;
                } else if (x <= top) {
                    e = (x - lb) / (top - lb);
                } else {
                    e = (ub - x) / (ub - top);
                }
                out[1 + q][v] = e;
            }
        }
        return out;
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }

    private static double likelihood(double previous, double u) {
        double x = (previous - u) / previous;
        return 1 / (SIGMA * Math.sqrt(2 * Math.PI)) * Math.exp(-(x * x) / (2 * SIGMA * SIGMA));
    }

    /** True when the original's model would fail here (integer issues under {@code genius}). */
    boolean lacksHypotheses() {
        return missingHypotheses;
    }

    /** Learns from an opponent bid (ignored when crashed or seen before). */
    void update(int[] x) {
        if (crashed) {
            return;
        }
        List<Integer> key = new ArrayList<>(n);
        for (int v : x) {
            key.add(v);
        }
        if (!given.add(key)) {
            return;
        }
        double[] ee = new double[n];
        for (int i = 0; i < n; i++) {
            ee[i] = expectedEvaluation[i][x[i]];
        }
        if (given.size() > 1) {
            double[][] next = new double[n][];
            for (int j = 0; j < n; j++) {
                double rest = 0;
                for (int i = 0; i < n; i++) {
                    if (i != j) {
                        rest += expectedWeight[i] * ee[i];
                    }
                }
                double[] l = new double[11];
                double z = 0;
                for (int h = 0; h <= 10; h++) {
                    l[h] = likelihood(previous, weightValue[h] * ee[j] + rest);
                    z += weightP[j][h] * l[h];
                }
                next[j] = new double[11];
                for (int h = 0; h <= 10; h++) {
                    next[j][h] = weightP[j][h] * l[h] / z;
                }
            }
            for (int j = 0; j < n; j++) {
                weightP[j] = next[j];
            }
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = weightOf(i);
        }
        double[][] next = new double[n][];
        for (int i = 0; i < n; i++) {
            double rest = 0;
            for (int k = 0; k < n; k++) {
                if (k != i) {
                    rest += w[k] * ee[k];
                }
            }
            int g = evaluation[i].length;
            double[] l = new double[g];
            double z = 0;
            for (int h = 0; h < g; h++) {
                l[h] = likelihood(previous, rest + w[i] * evaluation[i][h][x[i]]);
                z += evaluationP[i][h] * l[h];
            }
            next[i] = new double[g];
            for (int h = 0; h < g; h++) {
                next[i][h] = evaluationP[i][h] * l[h] / z;
            }
        }
        for (int i = 0; i < n; i++) {
            evaluationP[i] = next[i];
        }
        previous = previous - 0.003;
        refresh();
    }

    private double weightOf(int i) {
        double e = 0;
        for (int h = 0; h <= 10; h++) {
            e += weightP[i][h] * weightValue[h];
        }
        return e;
    }

    /** Recomputes the expected weights and evaluations and the normalisation bounds. */
    private void refresh() {
        double min = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            expectedWeight[i] = weightOf(i);
            double[] ee = expectedEvaluation[i];
            double issueMin = Double.POSITIVE_INFINITY;
            double issueMax = Double.NEGATIVE_INFINITY;
            for (int v = 0; v < ee.length; v++) {
                double e = 0;
                for (int g = 0; g < evaluation[i].length; g++) {
                    e += evaluationP[i][g] * evaluation[i][g][v];
                }
                ee[v] = e;
                double term = expectedWeight[i] * e;
                issueMin = Math.min(issueMin, term);
                issueMax = Math.max(issueMax, term);
            }
            min += issueMin;
            max += issueMax;
        }
        lo = Math.min(1, min);
        hi = Math.max(0, max);
    }

    /** The raw estimate Σ_i E_w(i)·E_e(ω, i). */
    double raw(int[] outcome) {
        double u = 0;
        for (int i = 0; i < n; i++) {
            u += expectedWeight[i] * expectedEvaluation[i][outcome[i]];
        }
        return u;
    }

    /** Per issue and value the terms E_w(i)·E_e(v, i): {@link #raw} is their sum in issue order. */
    double[][] terms() {
        double[][] t = new double[n][];
        for (int i = 0; i < n; i++) {
            t[i] = new double[expectedEvaluation[i].length];
            for (int v = 0; v < t[i].length; v++) {
                t[i][v] = expectedWeight[i] * expectedEvaluation[i][v];
            }
        }
        return t;
    }

    /** The normalised estimate of a raw value; NaN crashes the model (then 0). */
    double normalise(double raw) {
        if (crashed) {
            return 0;
        }
        double u = (raw - lo) / (hi - lo);
        if (Double.isNaN(u)) {
            crashed = true;
            return 0;
        }
        return u;
    }

    /** The normalised estimated opponent utility of {@code outcome}. */
    double estimate(int[] outcome) {
        return normalise(raw(outcome));
    }

    double expectedWeight(int issue) {
        return expectedWeight[issue];
    }

    boolean crashed() {
        return crashed;
    }
}
