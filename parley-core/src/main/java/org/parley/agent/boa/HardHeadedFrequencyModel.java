package org.parley.agent.boa;

import org.parley.domain.Domain;

/**
 * The HardHeaded frequency opponent model ({@code genius-semantics.md} §7), parameter l (default 0.2). It assumes
 * the opponent's utility is additive, that the issues it keeps fixed between consecutive bids matter to it, and
 * that the values it offers most often are the ones it likes.
 *
 * <p>With n issues, γ = l/n:
 * <ul>
 *   <li>Start: every weight w_i = 1/n, every value count c_i(v) = 1.</li>
 *   <li>The first bid is only remembered; its values are never counted.</li>
 *   <li>Every later bid is compared with the previous one. S is the set of issues whose value did not change,
 *       s = |S|, total = 1 + γ·s and w_max = 1 − n·γ/total. For i ∈ S with w_i &lt; w_max:
 *       w_i ← (w_i + γ)/total; every other weight: w_i ← w_i/total. Then c_i(ω_i) += 1 for every issue.</li>
 *   <li>Prediction: Û(ω) = Σ_i w_i · c_i(ω_i) / max_v c_i(v), in [0, 1].</li>
 * </ul>
 * An update costs O(n); an evaluation O(n); neither allocates. The maxima are kept as counts only ever grow.
 *
 * <p>Difference from GENIUS, on purpose: GENIUS writes each new weight through
 * {@code AdditiveUtilitySpace.setWeight}, which after every single write re-runs the GUI's slider renormalisation
 * (a +0.05 correction term), so its weights drift slightly from the formula above (measured 0.1874 and 0.1879
 * where the formula gives 0.1875, 0.1562/0.1561 for 0.1563). This class implements the pure formula.
 */
public final class HardHeadedFrequencyModel implements OpponentModel {

    private final double l;
    private int n;
    private double gamma;
    private double[] weights;
    private int[][] counts;
    private int[] maxCounts;
    private int[] previous;

    /** The model with learning coefficient {@code l} (&gt; 0; GENIUS default 0.2). */
    public HardHeadedFrequencyModel(double l) {
        if (!(l > 0) || !Double.isFinite(l)) {
            throw new IllegalArgumentException("hardheaded: l must be a positive number, got " + l);
        }
        this.l = l;
    }

    /** The model with l = 0.2. */
    public HardHeadedFrequencyModel() {
        this(0.2);
    }

    @Override
    public void init(BoaContext context) {
        init(context.domain());
    }

    /** Initialises the model for {@code domain} (what {@link #init(BoaContext)} does). */
    public void init(Domain domain) {
        n = domain.issueCount();
        gamma = l / n;
        weights = new double[n];
        counts = new int[n][];
        maxCounts = new int[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1.0 / n;
            counts[i] = new int[domain.issue(i).size()];
            java.util.Arrays.fill(counts[i], 1);
            maxCounts[i] = 1;
        }
        previous = null;
    }

    @Override
    public void update(int[] bid, double time) {
        if (previous == null) {
            previous = bid;
            return;
        }
        int s = 0;
        for (int i = 0; i < n; i++) {
            if (bid[i] == previous[i]) {
                s++;
            }
        }
        double total = 1 + gamma * s;
        double wMax = 1 - n * gamma / total;
        for (int i = 0; i < n; i++) {
            if (bid[i] == previous[i] && weights[i] < wMax) {
                weights[i] = (weights[i] + gamma) / total;
            } else {
                weights[i] = weights[i] / total;
            }
            int c = ++counts[i][bid[i]];
            if (c > maxCounts[i]) {
                maxCounts[i] = c;
            }
        }
        previous = bid;
    }

    @Override
    public double evaluate(int[] outcome) {
        double u = 0;
        for (int i = 0; i < n; i++) {
            u += weights[i] * counts[i][outcome[i]] / maxCounts[i];
        }
        return u;
    }

    /** The learning coefficient l. */
    public double l() {
        return l;
    }

    /** The current weight of issue {@code issue}. */
    public double weight(int issue) {
        return weights[issue];
    }

    /** The current count of value {@code value} of issue {@code issue}. */
    public int count(int issue, int value) {
        return counts[issue][value];
    }

    @Override
    public String toString() {
        return "hardheaded(l=" + Num.fmt(l) + ")";
    }
}
