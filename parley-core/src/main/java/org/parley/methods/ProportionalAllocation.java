package org.parley.methods;

/**
 * Proportional Allocation (Brams &amp; Taylor's patent US 5,983,205, alongside Adjusted Winner): A receives the share
 * {@code a_k/(a_k + b_k)} of every item k and B the rest; an item worth 0 to both is halved.
 *
 * <p>Every item with two positive bids is split. When both parties spread the same total T, the division is
 * equitable ({@code Σ a²/(a+b) − Σ b²/(a+b) = Σ (a − b) = 0}) and proportional, hence envy-free
 * ({@code Σ a²/(a+b) ≥ (Σ a)²/Σ (a+b) = T/2} by Cauchy–Schwarz), but in general not efficient: Adjusted Winner
 * gives both parties more. It is what a mediator gets by "splitting each difference in proportion to the
 * stakes".
 * Cost: {@code O(k)}.
 */
public final class ProportionalAllocation {

    private ProportionalAllocation() {
    }

    /**
     * The proportional division.
     *
     * @throws IllegalArgumentException when an array is empty, the lengths differ or a point is negative or not
     *                                  finite (the totals need not be equal)
     */
    public static Allocation allocate(double[] pointsA, double[] pointsB) {
        double[] a = Checks.nonNegativeArray("pointsA", pointsA);
        double[] b = Checks.nonNegativeArray("pointsB", pointsB);
        Checks.sameLength("pointsA", a, "pointsB", b);
        double[] share = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            share[k] = a[k] + b[k] == 0 ? 0.5 : a[k] / (a[k] + b[k]);
        }
        return new Allocation(a, b, share);
    }
}
