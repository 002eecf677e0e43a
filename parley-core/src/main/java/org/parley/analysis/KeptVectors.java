package org.parley.analysis;

/**
 * The vectors a Pareto filter has kept so far, asked whether a candidate is pruned (see the pruning rule of
 * {@link AdditiveParetoFrontier}) and keeping it when it is not. Candidates come in lexicographically descending
 * order. Three parties use {@link ThreePartyPruning}, any other number {@link KeptPointTree} (two parties are swept
 * by their callers instead).
 */
interface KeptVectors {

    /** The structure for {@code m} parties and margin {@code delta}. */
    static KeptVectors forParties(int m, double delta) {
        return m == 3 ? new ThreePartyPruning(delta) : new KeptPointTree(m, delta);
    }

    /**
     * Whether a kept vector prunes the candidate {@code v[at..at+m)}; when none does, the candidate is kept.
     * {@code counts[j]}: whether an advantage in utility j counts for the candidate.
     */
    boolean prunedElseKept(double[] v, int at, boolean[] counts);

    /** The steps the last question took, for the caller's budget. */
    long lastSteps();
}
