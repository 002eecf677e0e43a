package org.parley.stats;

/**
 * Holm's step-down correction of p-values for multiple comparisons (Holm 1979, "A simple sequentially rejective
 * multiple test procedure"), as R's {@code p.adjust(p, "holm")}: with the m p-values in ascending order
 * {@code p₍₁₎ ≤ … ≤ p₍ₘ₎}, {@code p̃₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1)·p₍ⱼ₎)}. Rejecting where {@code p̃ ≤ α} controls
 * the family-wise error rate at α. NaN p-values (tests that could not be made) stay NaN and do not count in m, as
 * R's {@code na.rm}. O(m log m).
 */
public final class HolmCorrection {

    private HolmCorrection() {
    }

    /**
     * The adjusted p-values, in the order given.
     *
     * @throws IllegalArgumentException when a p-value is outside [0, 1]
     */
    public static double[] adjust(double[] p) {
        double[] out = new double[p.length];
        java.util.List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (Double.isNaN(p[i])) {
                out[i] = Double.NaN;
                continue;
            }
            if (p[i] < 0 || p[i] > 1) {
                throw new IllegalArgumentException("p-value " + i + " is " + p[i] + "; p-values lie in [0, 1]");
            }
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(p[a], p[b]));
        int m = order.size();
        double running = 0;
        for (int j = 0; j < m; j++) {
            int k = order.get(j);
            running = Math.max(running, Math.min(1, (m - j) * p[k]));
            out[k] = running;
        }
        return out;
    }
}
