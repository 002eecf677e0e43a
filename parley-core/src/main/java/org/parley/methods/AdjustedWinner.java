package org.parley.methods;

import java.util.ArrayList;
import java.util.List;

/**
 * Adjusted Winner (Brams &amp; Taylor 1996, <i>Fair Division</i>, ch. 4; <i>The Win-Win Solution</i>, 1999; US patent
 * 5,983,205): divides k items between two parties who each spread the same points total T (100 by default) over
 * them.
 * <ol>
 * <li>Each item goes to the party that bids more for it. A tied item goes to the party with fewer points from
 * the untied items (to A when those are equal too), as in Brams &amp; Taylor's worked examples.</li>
 * <li>If the totals differ, the leader W and the trailer L are named. W's items are taken in increasing order of
 * {@code w_k/l_k} (ties by item index; an item with {@code l_k = 0} comes last, and one worth 0 to both is never
 * moved) and given to L while W's total stays at least L's.</li>
 * <li>The first item whose whole transfer would put W below L is split: with {@code W_0} W's total without it
 * and {@code L_0} L's total, W keeps the fraction {@code p = (L_0 + l_k − W_0)/(w_k + l_k)} and L gets
 * {@code 1 − p}, so both totals are {@code W_0 + p·w_k}.</li>
 * </ol>
 * The result is envy-free, equitable and efficient with at most one split item. AW is not truthful: a party who
 * knows the other's bids can gain by misreporting. When several of W's items share the critical ratio, other
 * equally valid AW divisions split a different one of them; this class splits the one with the lowest index.
 *
 * <p>Arithmetic: the leader's fraction and A's share are each a single division of sums of the inputs, so with
 * integer points they are the correctly rounded values of the exact fractions (e.g. {@code 61.0/156} and
 * {@code 95.0/156}). Cost: {@code O(k log k)}.
 */
public final class AdjustedWinner {

    /** The usual points total per party. */
    public static final double DEFAULT_TOTAL = 100;

    /**
     * An Adjusted Winner division.
     *
     * @param allocation    the division, with the fair-division checks
     * @param leader        the party with the larger total after step 1, 0 (A) or 1 (B); -1 when the totals were
     *                      equal
     * @param transferOrder the leader's items in the order step 2 considers them (empty when there was no leader)
     * @param splitItem     the split item, or -1 when no item had to be split
     * @param leaderKeeps   the fraction {@code p} of the split item that the leader keeps, NaN when none is split
     */
    public record Result(Allocation allocation, int leader, List<Integer> transferOrder, int splitItem,
            double leaderKeeps) {

        /** Copies the transfer order. */
        public Result {
            transferOrder = List.copyOf(transferOrder);
        }

        /** The fraction of {@code item} that goes to A. */
        public double shareToA(int item) {
            return allocation.shareToA(item);
        }

        /** A's points for its bundle. */
        public double totalA() {
            return allocation.totalA();
        }

        /** B's points for its bundle. */
        public double totalB() {
            return allocation.totalB();
        }

        /** Both parties get the same number of their own points (within 1e-9 relative). */
        public boolean equitable() {
            return allocation.equitable();
        }
    }

    private AdjustedWinner() {
    }

    /** AW with each party's points summing to {@link #DEFAULT_TOTAL}. */
    public static Result allocate(double[] pointsA, double[] pointsB) {
        return allocate(pointsA, pointsB, DEFAULT_TOTAL);
    }

    /**
     * AW with each party's points summing to {@code total} (within 1e-9 relative).
     *
     * @throws IllegalArgumentException when an array is empty, the lengths differ, a point is negative or not
     *                                  finite, or a party's points do not add up to {@code total}
     */
    public static Result allocate(double[] pointsA, double[] pointsB, double total) {
        Checks.positive("the points total", total);
        double[] a = Checks.nonNegativeArray("pointsA", pointsA);
        double[] b = Checks.nonNegativeArray("pointsB", pointsB);
        Checks.sameLength("pointsA", a, "pointsB", b);
        requireTotal("A", a, total);
        requireTotal("B", b, total);
        int k = a.length;
        double[] share = new double[k];
        double untiedA = 0;
        double untiedB = 0;
        for (int i = 0; i < k; i++) {
            if (a[i] > b[i]) {
                share[i] = 1;
                untiedA += a[i];
            } else if (b[i] > a[i]) {
                untiedB += b[i];
            }
        }
        boolean tiesToA = untiedA <= untiedB;
        for (int i = 0; i < k; i++) {
            if (a[i] == b[i] && tiesToA) {
                share[i] = 1;
            }
        }
        double totalA = 0;
        double totalB = 0;
        for (int i = 0; i < k; i++) {
            totalA += share[i] == 1 ? a[i] : 0;
            totalB += share[i] == 0 ? b[i] : 0;
        }
        if (totalA == totalB) {
            return new Result(new Allocation(a, b, share), -1, List.of(), -1, Double.NaN);
        }
        int leader = totalA > totalB ? 0 : 1;
        double[] w = leader == 0 ? a : b;
        double[] l = leader == 0 ? b : a;
        double keep = leader == 0 ? 1 : 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (share[i] == keep && (w[i] > 0 || l[i] > 0)) {
                order.add(i);
            }
        }
        // increasing w/l, compared as w_i·l_j < w_j·l_i (l = 0 sorts last); stable, so ties keep item order
        order.sort((i, j) -> Double.compare(w[i] * l[j], w[j] * l[i]));
        double wTotal = Math.max(totalA, totalB);
        double lTotal = Math.min(totalA, totalB);
        int split = -1;
        double p = Double.NaN;
        for (int i : order) {
            double w0 = wTotal - w[i];
            if (w0 >= lTotal + l[i]) {
                share[i] = 1 - keep;
                wTotal = w0;
                lTotal += l[i];
                if (wTotal == lTotal) {
                    break;
                }
            } else {
                // each share as its own quotient, so that both are correctly rounded: 1 − p would not be
                p = (lTotal + l[i] - w0) / (w[i] + l[i]);
                share[i] = leader == 0 ? p : (w0 + w[i] - lTotal) / (w[i] + l[i]);
                split = i;
                break;
            }
        }
        return new Result(new Allocation(a, b, share), leader, order, split, p);
    }

    private static void requireTotal(String party, double[] points, double total) {
        double sum = Checks.sum(points);
        if (!Checks.close(sum, total)) {
            throw new IllegalArgumentException("party " + party + "'s points add up to " + sum + ", not " + total
                    + "; each party must spread the same total over the items");
        }
    }
}
