package org.parley.agent.boa;

import org.parley.domain.Domain;

/**
 * A value-frequency opponent model with recency: recent bids count more, so an opponent that changes course is
 * followed. Parameter {@code decay} λ in (0, 1] (default 0.9); λ = 1 weighs every bid equally.
 *
 * <p>Every bid, the first one included, adds 1 to the count of each of its values after all earlier counts have
 * been multiplied by λ: after bids b_1..b_k, {@code c_i(v) = Σ_j λ^(k−j) · [b_j,i = v]}. From these:
 * <ul>
 *   <li>value score e_i(v) = c_i(v) / max_v c_i(v): the opponent's favourite value of an issue scores 1;</li>
 *   <li>issue weight w_i = max_v c_i(v) / Σ_j max_v c_j(v): an issue on which the opponent keeps (recently) one
 *       value is important to it, an issue it varies freely is not;</li>
 *   <li>prediction Û(ω) = Σ_i w_i·e_i(ω_i) = Σ_i c_i(ω_i) / Σ_i max_v c_i(v), in [0, 1]; 0 for every outcome
 *       before the first bid (an OM strategy then chooses at random).</li>
 * </ul>
 * The decay is applied lazily (each bid adds λ^−k instead of multiplying all counts by λ; counts are rescaled when
 * the increment grows large), so an update costs O(n) amortised and an evaluation O(n), without allocation.
 */
public final class RecencyFrequencyModel implements OpponentModel {

    private static final double RESCALE_AT = 1e150;

    private final double decay;
    private int n;
    private double[][] counts;
    private double[] maxCounts;
    private double maxSum;
    private double increment;

    /** The model with the given decay λ in (0, 1]. */
    public RecencyFrequencyModel(double decay) {
        if (!(decay > 0 && decay <= 1)) {
            throw new IllegalArgumentException("recency: decay must lie in (0, 1], got " + decay);
        }
        this.decay = decay;
    }

    /** The model with λ = 0.9. */
    public RecencyFrequencyModel() {
        this(0.9);
    }

    @Override
    public void init(BoaContext context) {
        init(context.domain());
    }

    /** Initialises the model for {@code domain} (what {@link #init(BoaContext)} does). */
    public void init(Domain domain) {
        n = domain.issueCount();
        counts = new double[n][];
        maxCounts = new double[n];
        for (int i = 0; i < n; i++) {
            counts[i] = new double[domain.issue(i).size()];
        }
        maxSum = 0;
        increment = 1;
    }

    @Override
    public void update(int[] bid, double time) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double c = counts[i][bid[i]] += increment;
            if (c > maxCounts[i]) {
                maxCounts[i] = c;
            }
            sum += maxCounts[i];
        }
        maxSum = sum;
        increment /= decay;
        if (increment > RESCALE_AT) {
            rescale(1 / increment);
        }
    }

    private void rescale(double factor) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double[] row = counts[i];
            for (int v = 0; v < row.length; v++) {
                row[v] *= factor;
            }
            maxCounts[i] *= factor;
            sum += maxCounts[i];
        }
        maxSum = sum;
        increment *= factor;
    }

    @Override
    public double evaluate(int[] outcome) {
        if (maxSum == 0) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += counts[i][outcome[i]];
        }
        return s / maxSum;
    }

    /** The decay λ. */
    public double decay() {
        return decay;
    }

    /** The current estimated weight of issue {@code issue} (0 before the first bid). */
    public double weight(int issue) {
        return maxSum == 0 ? 0 : maxCounts[issue] / maxSum;
    }

    @Override
    public String toString() {
        return "recency(decay=" + Num.fmt(decay) + ")";
    }
}
