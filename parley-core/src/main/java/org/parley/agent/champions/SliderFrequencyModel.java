package org.parley.agent.champions;

import org.parley.domain.Domain;

/**
 * The frequency opponent model of HardHeaded and TheFawkes, with GENIUS's weight setter: the HardHeaded learning
 * rule ({@code genius-semantics.md} §7) where every single weight write re-runs the additive space's "slider"
 * renormalisation, so the weights drift slightly from the textbook formula of the BOA
 * {@link org.parley.agent.boa.HardHeadedFrequencyModel}.
 *
 * <ul>
 *   <li>Start: w_i = 1/n, every value count 1. The first bid is only remembered.</li>
 *   <li>Each later bid x, compared with the previous one y: s = number of issues with x_i = y_i, γ = l/n,
 *       total = 1 + γs, w_max = 1 − nγ/total. For each issue i in order, with the current weights: target
 *       (w_i + γ)/total if x_i = y_i and w_i &lt; w_max, else w_i/total; then {@link #setWeight}. Then every
 *       issue's count of x_i grows by 1.</li>
 *   <li>{@link #setWeight}: w_i ← v; W = Σ w (issue order), δ = W − 1, C = W + 0.05n; every w_k ← max(0,
 *       w_k − δ(w_k + 0.05)/C); if the new sum is not strictly inside (0.98, 1.02), w_i alone goes back to its old
 *       value. With one issue the weight is 1.</li>
 *   <li>Estimate: Û(ω) = min(1, Σ_i w_i·(c_i(ω_i)/max_v c_i(v))), in issue order.</li>
 * </ul>
 * Values are counted by index, so integer and real issues (on parley's grid) work like discrete ones.
 */
final class SliderFrequencyModel {

    private final double learning;
    private final int n;
    private final double[] weights;
    private final int[][] counts;
    private final int[] maxCounts;
    private int[] previous;
    private int version;

    /** A fresh model of an opponent in {@code domain} with learning coefficient {@code learning}. */
    SliderFrequencyModel(Domain domain, double learning) {
        this.learning = learning;
        this.n = domain.issueCount();
        this.weights = new double[n];
        this.counts = new int[n][];
        this.maxCounts = new int[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1.0 / n;
            counts[i] = new int[domain.issue(i).size()];
            java.util.Arrays.fill(counts[i], 1);
            maxCounts[i] = 1;
        }
    }

    /** Learns from the opponent's next bid ({@code x} is kept, not copied). */
    void update(int[] x) {
        if (previous != null) {
            learn(x, previous);
        }
        previous = x;
    }

    /** One learning step: bid {@code x} compared with the bid {@code previous} before it. */
    void learn(int[] x, int[] previous) {
        version++;
        int same = 0;
        for (int i = 0; i < n; i++) {
            if (x[i] == previous[i]) {
                same++;
            }
        }
        double gamma = learning / n;
        double total = 1 + gamma * same;
        double max = 1 - n * gamma / total;
        for (int i = 0; i < n; i++) {
            double w = weights[i];
            setWeight(i, x[i] == previous[i] && w < max ? (w + gamma) / total : w / total);
        }
        for (int i = 0; i < n; i++) {
            int c = ++counts[i][x[i]];
            if (c > maxCounts[i]) {
                maxCounts[i] = c;
            }
        }
    }

    /** GENIUS's weight setter with its slider renormalisation. */
    void setWeight(int i, double value) {
        if (n == 1) {
            weights[0] = 1;
            return;
        }
        double old = weights[i];
        weights[i] = value;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double delta = sum - 1;
        double c = sum + 0.05 * n;
        for (int k = 0; k < n; k++) {
            weights[k] = Math.max(0, weights[k] - delta * (weights[k] + 0.05) / c);
        }
        double after = 0;
        for (double w : weights) {
            after += w;
        }
        if (!(after > 0.98 && after < 1.02)) {
            weights[i] = old;
        }
    }

    /** The estimated opponent utility of {@code outcome}. */
    double evaluate(int[] outcome) {
        double u = 0;
        for (int i = 0; i < n; i++) {
            u += weights[i] * ((double) counts[i][outcome[i]] / maxCounts[i]);
        }
        return Math.min(1, u);
    }

    /**
     * The per-value terms {@code w_i·(c_i(v)/max_v c_i(v))}: {@link #evaluate} is {@code min(1, Σ_i terms[i][ω_i])}
     * summed in issue order, so a caller can score many outcomes from this table with identical results.
     */
    double[][] terms() {
        double[][] t = new double[n][];
        for (int i = 0; i < n; i++) {
            t[i] = new double[counts[i].length];
            for (int v = 0; v < t[i].length; v++) {
                t[i][v] = weights[i] * ((double) counts[i][v] / maxCounts[i]);
            }
        }
        return t;
    }

    /** Grows by one with every learning step. */
    int version() {
        return version;
    }

    double weight(int issue) {
        return weights[issue];
    }

    int count(int issue, int value) {
        return counts[issue][value];
    }
}
