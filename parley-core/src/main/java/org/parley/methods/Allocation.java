package org.parley.methods;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A division of k divisible items between parties A and B, scored with each party's points, and the fair-division
 * properties of Brams &amp; Taylor (1996, <i>Fair Division</i>, ch. 1 and 4), with {@code X_A}, {@code X_B} the
 * bundles and {@code p_P} party P's additive points:
 * <ul>
 * <li>proportional: {@code p_A(X_A) ≥ T/2} and {@code p_B(X_B) ≥ T/2}, T the common points total;</li>
 * <li>envy-free: {@code p_A(X_A) ≥ p_A(X_B)} and {@code p_B(X_B) ≥ p_B(X_A)} (for two parties with equal totals
 * the same as proportional);</li>
 * <li>equitable: {@code p_A(X_A) = p_B(X_B)};</li>
 * <li>efficient: Pareto-optimal among all fractional divisions.</li>
 * </ul>
 * Comparisons use the package tolerance {@code 1e-9} relative to the totals. Cost of every query: {@code O(k)},
 * except {@link #efficient()}, {@code O(k²)}.
 *
 * @param pointsA  A's points per item (non-negative)
 * @param pointsB  B's points per item (non-negative)
 * @param shareToA the fraction of each item that goes to A, in [0, 1]; B gets {@code 1 − share}
 */
public record Allocation(double[] pointsA, double[] pointsB, double[] shareToA) {

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException when an array is empty, the lengths differ, a point is negative or not
     *                                  finite, or a share lies outside [0, 1]
     */
    public Allocation {
        pointsA = Checks.nonNegativeArray("pointsA", pointsA);
        pointsB = Checks.nonNegativeArray("pointsB", pointsB);
        Checks.notNull("shareToA", shareToA);
        Checks.sameLength("pointsA", pointsA, "pointsB", pointsB);
        Checks.sameLength("pointsA", pointsA, "shareToA", shareToA);
        shareToA = shareToA.clone();
        for (int k = 0; k < shareToA.length; k++) {
            Checks.unit("shareToA[" + k + "]", shareToA[k]);
        }
    }

    /** A copy of A's points. */
    @Override
    public double[] pointsA() {
        return pointsA.clone();
    }

    /** A copy of B's points. */
    @Override
    public double[] pointsB() {
        return pointsB.clone();
    }

    /** A copy of the shares to A. */
    @Override
    public double[] shareToA() {
        return shareToA.clone();
    }

    /** The number of items. */
    public int items() {
        return shareToA.length;
    }

    /** The fraction of {@code item} that goes to A. */
    public double shareToA(int item) {
        return shareToA[item];
    }

    /** {@code p_A(X_A) = Σ_k a_k·s_k}: A's points for its own bundle. */
    public double totalA() {
        double s = 0;
        for (int k = 0; k < shareToA.length; k++) {
            s += pointsA[k] * shareToA[k];
        }
        return s;
    }

    /** {@code p_B(X_B) = Σ_k b_k·(1 − s_k)}: B's points for its own bundle. */
    public double totalB() {
        double s = 0;
        for (int k = 0; k < shareToA.length; k++) {
            s += pointsB[k] * (1 - shareToA[k]);
        }
        return s;
    }

    /** {@code p_A(X_B)}: A's points for B's bundle. */
    public double aForBundleB() {
        return Checks.sum(pointsA) - totalA();
    }

    /** {@code p_B(X_A)}: B's points for A's bundle. */
    public double bForBundleA() {
        return Checks.sum(pointsB) - totalB();
    }

    /** The items that are split (share strictly between 0 and 1), in item order. */
    public List<Integer> splitItems() {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < shareToA.length; k++) {
            if (shareToA[k] > 0 && shareToA[k] < 1) {
                out.add(k);
            }
        }
        return out;
    }

    /** {@code p_A(X_A) = p_B(X_B)} within the tolerance. */
    public boolean equitable() {
        return Checks.close(totalA(), totalB());
    }

    /** Neither party prefers the other's bundle (within the tolerance). */
    public boolean envyFree() {
        return geq(totalA(), aForBundleB()) && geq(totalB(), bForBundleA());
    }

    /** Each party gets at least half of its own points total (within the tolerance). */
    public boolean proportional() {
        return geq(totalA(), Checks.sum(pointsA) / 2) && geq(totalB(), Checks.sum(pointsB) / 2);
    }

    /**
     * Pareto-optimality among all fractional divisions. With additive points it holds iff (1) no item that one
     * party holds (in part) is worth 0 to it and more than 0 to the other, and (2) there are no items i, j with A
     * holding part of j, B holding part of i and {@code a_i·b_j > a_j·b_i}: otherwise exchanging small amounts of
     * i and j helps both. Without such a pair the items' ratios {@code a/b} are separated by a threshold, so the
     * division maximises a strictly positive weighted sum of the two totals, which makes it Pareto-optimal.
     */
    public boolean efficient() {
        double scale = Math.max(1, Math.max(Checks.sum(pointsA), Checks.sum(pointsB)));
        double tol = org.parley.util.Tolerance.EPS * scale * scale;
        for (int k = 0; k < shareToA.length; k++) {
            if (shareToA[k] > 0 && pointsA[k] == 0 && pointsB[k] > 0) {
                return false;
            }
            if (shareToA[k] < 1 && pointsB[k] == 0 && pointsA[k] > 0) {
                return false;
            }
        }
        for (int j = 0; j < shareToA.length; j++) {
            if (shareToA[j] == 0) {
                continue;
            }
            for (int i = 0; i < shareToA.length; i++) {
                if (i != j && shareToA[i] < 1 && pointsA[i] * pointsB[j] > pointsA[j] * pointsB[i] + tol) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Allocation x && Arrays.equals(x.pointsA, pointsA) && Arrays.equals(x.pointsB, pointsB)
                && Arrays.equals(x.shareToA, shareToA);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(pointsA) * 31 + Arrays.hashCode(pointsB)) * 31 + Arrays.hashCode(shareToA);
    }

    @Override
    public String toString() {
        return "Allocation[shareToA=" + Arrays.toString(shareToA) + ", totalA=" + totalA() + ", totalB=" + totalB()
                + "]";
    }

    private static boolean geq(double x, double y) {
        return x >= y || Checks.close(x, y);
    }
}
