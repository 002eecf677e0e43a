package org.parley.agent.boa;

import org.parley.agent.SortedOutcomes;
import org.parley.domain.Domain;

/**
 * The candidates an {@link OmStrategy} chooses among when bidding near a target utility ({@code genius-semantics.md}
 * §7): the outcomes whose utility lies in {@code [target, upper]}, starting with {@code upper = target + 0.01} and
 * widening the upper end by 0.01 while the window holds fewer than {@value #MIN_BIDS} outcomes and
 * {@code upper < 1.01}. The window is a range of positions in my {@link SortedOutcomes}, best first.
 *
 * <p>One instance is reused every turn: {@link #select(double)} allocates nothing, and outcomes are decoded into the
 * caller's buffer. Selecting costs two binary searches plus one addition per widening step (at most about 100).
 */
public final class SortedWindow implements Candidates {

    /** The window widens until it holds at least this many outcomes... */
    public static final int MIN_BIDS = 100;
    /** ...or its upper end reaches this utility. */
    public static final double UPPER_LIMIT = 1.01;
    /** Initial width and widening step. */
    public static final double STEP = 0.01;

    private final SortedOutcomes sorted;
    private final int[] radix;
    private int from;
    private int to;
    private double lower;
    private double upper;

    /** A window over {@code sorted}, the sorted outcomes of a profile on {@code domain}. */
    public SortedWindow(SortedOutcomes sorted, Domain domain) {
        this.sorted = sorted;
        this.radix = new int[domain.issueCount()];
        for (int i = 0; i < radix.length; i++) {
            radix[i] = domain.issue(i).size();
        }
    }

    /** Selects the window for {@code target} by the rule in the class comment; returns this. */
    public SortedWindow select(double target) {
        lower = target;
        upper = target + STEP;
        to = Double.isNaN(target) ? 0 : sorted.firstAtMost(Math.nextDown(lower)); // first position below target
        // The window [firstAtMost(upper), to) holds ≥ MIN_BIDS outcomes iff the outcome at position
        // to − MIN_BIDS has utility ≤ upper, so the widening needs no search; one search at the end.
        int need = to - MIN_BIDS;
        double needed = need < 0 ? Double.POSITIVE_INFINITY : sorted.utility(need);
        while (!(needed <= upper) && upper < UPPER_LIMIT) {
            upper += STEP;
        }
        from = Math.min(sorted.firstAtMost(upper), to);
        return this;
    }

    /** Lower end of the window (the target). */
    public double lower() {
        return lower;
    }

    /** Upper end of the window after widening. */
    public double upper() {
        return upper;
    }

    /** First position (in the sorted outcomes) inside the window. */
    public int from() {
        return from;
    }

    /** First position after the window. */
    public int to() {
        return to;
    }

    /** The position in the sorted outcomes of candidate {@code j}. */
    public int position(int j) {
        return from + j;
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public double utility(int j) {
        return sorted.utility(from + j);
    }

    @Override
    public int[] outcome(int j, int[] buffer) {
        long index = sorted.outcomeIndex(from + j);
        for (int i = radix.length - 1; i >= 0; i--) {
            buffer[i] = (int) (index % radix[i]);
            index /= radix[i];
        }
        return buffer;
    }
}
