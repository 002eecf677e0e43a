package org.parley.analysis;

import java.util.Arrays;

/**
 * Four or more parties (or one): whether a candidate vector {@code p} is pruned by one of the points kept so far, found in a
 * k-d tree of the kept points instead of by comparing {@code p} with each of them. The rule is the frontier's
 * ({@link AdditiveParetoFrontier}): a kept {@code f} prunes {@code p} when {@code f ≥ p} in every utility and
 * exceeds it by more than {@code delta} in one that counts for {@code p}. Kept points and candidates arrive in
 * lexicographically descending order, so {@code f1 ≥ p1} always holds and the tree splits on the other utilities in
 * turn. Every node knows the largest utilities of its subtree, so a subtree none of whose points can be at least
 * {@code p} (or more than {@code delta} above it where that counts) is skipped whole: on the frontiers of random
 * profiles a question visits a small part of the tree. The answer is the pairwise comparison's, whatever the shape.
 */
final class KeptPointTree implements KeptVectors {

    private final int m;
    private final double delta;
    private double[] points = new double[0];
    /** Per node, the largest utility of its subtree in each party. */
    private double[] max = new double[0];
    private int[] left = new int[0];
    private int[] right = new int[0];
    private int size;
    private int[] stack = new int[16];
    /** Nodes visited by the last question. */
    private long visited;
    /** The candidate when it is part of a longer array. */
    private final double[] candidate;

    KeptPointTree(int m, double delta) {
        if (m < 1) {
            throw new IllegalArgumentException("a tree of kept points needs one party or more, got " + m);
        }
        this.m = m;
        this.delta = delta;
        this.candidate = new double[m];
    }

    /** Nodes the last call of {@link #pruned} visited (its cost, for the caller's step budget). */
    @Override
    public long lastSteps() {
        return visited;
    }

    @Override
    public boolean prunedElseKept(double[] v, int at, boolean[] counts) {
        double[] p = v;
        if (at != 0 || v.length != m) {
            System.arraycopy(v, at, candidate, 0, m);
            p = candidate;
        }
        boolean pruned = pruned(p, counts);
        if (!pruned) {
            keep(p);
        }
        return pruned;
    }

    /**
     * Whether a kept point prunes {@code p}; {@code counts[j]}: whether an advantage in utility j counts for it.
     * Candidates must come in lexicographically descending order.
     */
    boolean pruned(double[] p, boolean[] counts) {
        visited = 0;
        if (size == 0) {
            return false;
        }
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int n = stack[--top];
            visited++;
            if (!meets(max, n, p, counts)) {
                continue;
            }
            if (meets(points, n, p, counts)) {
                return true;
            }
            if (top + 2 > stack.length) {
                stack = Arrays.copyOf(stack, 2 * stack.length);
            }
            if (left[n] >= 0) {
                stack[top++] = left[n];
            }
            if (right[n] >= 0) {
                stack[top++] = right[n];
            }
        }
        return false;
    }

    /**
     * The rule on n's own vector ({@code points}: does it prune p) or on its subtree's largest utilities
     * ({@code max}: may a point of the subtree prune p): at least p in every utility, more than delta above it in one
     * that counts.
     */
    private boolean meets(double[] vectors, int n, double[] p, boolean[] counts) {
        boolean strict = false;
        for (int j = 0; j < m; j++) {
            double f = vectors[n * m + j];
            if (f < p[j]) {
                return false;
            }
            strict |= counts[j] && f > p[j] + delta;
        }
        return strict;
    }

    /** Keeps {@code p}, which must not come before the points kept so far. */
    void keep(double[] p) {
        if (size == left.length) {
            int capacity = Math.max(16, 2 * size);
            points = Arrays.copyOf(points, capacity * m);
            max = Arrays.copyOf(max, capacity * m);
            left = Arrays.copyOf(left, capacity);
            right = Arrays.copyOf(right, capacity);
        }
        int id = size++;
        System.arraycopy(p, 0, points, id * m, m);
        System.arraycopy(p, 0, max, id * m, m);
        left[id] = -1;
        right[id] = -1;
        if (id == 0) {
            return;
        }
        int n = 0;
        for (int depth = 0; ; depth++) {
            for (int j = 0; j < m; j++) {
                max[n * m + j] = Math.max(max[n * m + j], p[j]);
            }
            int d = m == 1 ? 0 : 1 + depth % (m - 1); // the first utility only descends: split on the others
            boolean lower = p[d] < points[n * m + d];
            int child = lower ? left[n] : right[n];
            if (child < 0) {
                if (lower) {
                    left[n] = id;
                } else {
                    right[n] = id;
                }
                return;
            }
            n = child;
        }
    }
}
